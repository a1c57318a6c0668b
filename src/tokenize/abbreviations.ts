// German abbreviations that take a full stop, written without it. Compiled for this project from common German
// usage (Duden abbreviation conventions, newsroom style); no list was copied.
// Two kinds, because the sentence splitter treats them differently:
// - LEADING: always followed by what it qualifies (Dr. Müller, Nr. 5, z. B.), so it never ends a sentence.
// - CLOSING: may stand last in a sentence (… usw. Die …), so a sentence may end after it. Art and Kap are here
//   because they are also nouns (eine neue Art.), Fr. because it is also Friday.

const LEADING = `
Abb Abg Abh Abk Abs Abschn Abt Adm Adr allg Anh Anl Anm Aufl Ausg Az
Bd Bde Bearb Beil Bem bes betr Betr bez Bez Bf bspw Bsp Buchst bzgl bzw
ca Ca Dipl Dir Doz Dr Dres Drs dt Dtzd ebd ehem eigtl einschl entspr erg Erw evtl ev exkl
Fa Fam Fig Forts Frl frz franz geb gegr gem Ges gesch gest ggf ggfs gr griech
Hbf Hl hl Hptm Hr Hrn Hrsg hrsg Hs inkl insb insbes Ing Inh intl ital Jg jew Kard kath Kfm kgl Kl Kr Kt
lat li lit Lkr Lt luth Mag max Maj mind min mögl Mr Mrs Ms mtl MwSt Nachf Nr Nrn
Obb Oberstlt österr orth Pf Pfd Pfr Pkt poln Präs Priv Prof Prov Ps re red Red ref Reg Rn Rz resp röm russ
schweiz Sen Sg sog span Spvg St Stv stv stellv Tab Tel tägl Tz ugs Univ ungar Urt usf Verf Verl verh verw vgl Vgl
Vors Vorst vs Wwe Ziff zit zzgl zz zzt Zt
med phil rer nat jur oec habil theol dent vet pol pharm techn mult em
`

const CLOSING = `
etc usw Art Kap Chr Jh Jhd Jhdt Mio Mrd Tsd Bill Str Pl ff Co Cie Inc Corp Ltd Jr jr jun sen Sr Std Min Sek Stk Stck
Fr Jan Feb Febr Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez Mo Di Mi Do Sa So
`

// Dotted forms written without spaces (z.B., u.a.); spaced forms (z. B.) are single-letter tokens, handled by rule.
const DOTTED_CLOSING: ReadonlySet<string> = new Set(['u.a.', 'u.ä.', 'o.ä.', 'u.v.m.', 'e.V.', 'a.D.', 'i.R.', 's.o.', 's.u.', 'U.S.A.', 'v.Chr.', 'n.Chr.'])

export const ABBREVIATION_NONE = 0
export const ABBREVIATION_LEADING = 1
export const ABBREVIATION_CLOSING = 2

function kinds(): ReadonlyMap<string, number> {
  const table = new Map<string, number>()
  for (const word of LEADING.split(/\s+/)) if (word) table.set(word, ABBREVIATION_LEADING)
  for (const word of CLOSING.split(/\s+/)) if (word) table.set(word, ABBREVIATION_CLOSING)
  return table
}

const KINDS = kinds()

/** Kind of `word` (without its full stop) as an abbreviation, exactly as written. */
export function abbreviationKind(word: string): number {
  return KINDS.get(word) ?? ABBREVIATION_NONE
}

/**
 * Kind of a lower-case abbreviation written with a capital, as at the start of a sentence (Vgl. …). Only asked
 * there: elsewhere "Schweiz." or "Franz." are words, not schweiz. or franz.
 */
export function capitalisedAbbreviationKind(word: string): number {
  const first = word.charAt(0)
  const lower = first.toLowerCase()
  return lower === first ? ABBREVIATION_NONE : abbreviationKind(lower + word.slice(1))
}

/** Kind of a dotted abbreviation written without spaces, including its final full stop (z.B., e.V.). */
export function dottedAbbreviationKind(word: string): number {
  return DOTTED_CLOSING.has(word) ? ABBREVIATION_CLOSING : ABBREVIATION_LEADING
}

/** I, II, …, XXXIX: a regnal or ordinal Roman numeral (Wilhelm II., XVI. Parteitag). */
export function isRomanNumeral(word: string): boolean {
  if (word.length === 0 || word.length > 6) return false
  for (let k = 0; k < word.length; k++) if (!'IVXLC'.includes(word.charAt(k))) return false
  return true
}
