// Edition words that follow a model number in a product's name (iPhone 16 Pro Max, Galaxy S24 Ultra): the recogniser
// takes them into the product's mention, the linker reads one after another (das Pro Max) as no name of its own.
// Lower case: callers compare the word folded.
export const EDITIONS: ReadonlySet<string> = new Set(['pro', 'max', 'plus', 'ultra', 'mini', 'lite', 'air', 'se', 'edge', 'fold', 'flip'])
