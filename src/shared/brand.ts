// A Doc says what it is by this symbol, not by its class: the ESM and the CommonJS build each have their own Doc
// class, and a Doc made by one must be accepted by the other's relatedness and RelatedIndex. Symbol.for gives both
// builds (and any copy of the package) the same symbol.
export const DOC_BRAND: unique symbol = Symbol.for('schlagwort.Doc')
