// Character facts more than one stage reads. The tokenizer's scanner has its own full Unicode class table
// (tokenize/chars.ts) and the term vector its own notion of a word piece (terms/words.ts); everything else asks here.

/** Soft hyphen. In the normalised view it also marks code units that belong to a token but carry no letter. */
export const IGNORABLE = '\u00AD'
export const IGNORABLE_CODE = 0xad

/**
 * Longest token, in UTF-16 code units, that word-level work (features, lexicon lookups, stems, compound splits)
 * reads; a longer one is opaque: junk such as base64, a hash or a run of letters. The longest German words in news
 * run to about 40 letters and the longest lexicalised compounds to about 80, so 100 keeps every real word while
 * bounding per-word work, some of which grows with the square of the length (every suffix of a compound).
 */
export const MAX_WORD_LENGTH = 100

/** `text` without ignorable code units. */
export function withoutIgnorable(text: string): string {
  return text.indexOf(IGNORABLE) < 0 ? text : text.split(IGNORABLE).join('')
}

/** A token's or line's text as later stages read it: view[start, end) without ignorable code units. */
export function viewText(view: string, start: number, end: number): string {
  return withoutIgnorable(view.slice(start, end))
}

/** A small German umlaut letter (ä, ö, ü): the mark of many plurals (Züge of Zug). */
export function isUmlaut(ch: string): boolean {
  return ch === 'ä' || ch === 'ö' || ch === 'ü'
}

/**
 * Swiss spelling writes ss for ß (Strasse, grosse): `word` in the ß spelling the lexicons use, or '' when it has no ss
 * or already has a ß. Every ss becomes ß; callers accept only what a list holds.
 */
export function eszettSpelling(word: string): string {
  return word.includes('ss') && !word.includes('ß') ? word.replaceAll('ss', 'ß') : ''
}

/** `word` in Swiss spelling, ß as ss (Maßnahme → Massnahme). */
export function swissSpelling(word: string): string {
  return word.replaceAll('ß', 'ss')
}

const PLAIN_VOWELS: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u' }

/** `lower` with its last umlaut at or after `from` undone (Löhn → Lohn, ält → alt), or '' when it has none. */
export function withoutLastUmlaut(lower: string, from = 0): string {
  for (let i = lower.length - 1; i >= from; i--) {
    const plain = PLAIN_VOWELS[lower[i]!]
    if (plain !== undefined) return lower.slice(0, i) + plain + lower.slice(i + 1)
  }
  return ''
}

// Case by the case mapping: ASCII answers from the code, other characters from toLowerCase / toUpperCase, which
// covers German and most scripts.

/** Upper case: the character changes under toLowerCase. */
export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return ch !== ch.toLowerCase()
}

/** Lower case: the character changes under toUpperCase (ß and the micro sign µ included). */
export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c >= 0x61 && c <= 0x7a
  return ch !== ch.toUpperCase()
}

export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
  return ch !== ch.toLowerCase() || ch !== ch.toUpperCase()
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s[i]!)) return true
  return false
}

export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s[i]!)) return true
  return false
}

/** A hyphen-minus, an en dash or an em dash: what sets off a dash between words (Wien – Mindestens …). */
export function isDashCode(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014
}

/** isUpper of one UTF-16 code unit, without building a string for ASCII. */
export function isUpperCode(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true
  if (c < 0xc0) return false
  if (c <= 0xde) return c !== 0xd7
  // ß to ÿ: Latin-1 has no capitals there.
  if (c <= 0xff) return false
  const ch = String.fromCharCode(c)
  return ch !== ch.toLowerCase()
}

/** A quotation mark that opens or closes a quotation: straight, German („ “ ‚ ‘), English (” ’ not: apostrophes) or guillemets. */
export function isQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0x201e || c === 0x201c || c === 0x201d || c === 0x201a || c === 0x2018 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a
}

/** An apostrophe, typed (') or typeset (’). */
export function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’'
}

/**
 * Lower case of one code unit, Latin-1 by its letters (so the micro sign µ is a symbol here, unlike isLower), the
 * rest by the case mapping. The recogniser's word shapes use it: the model was trained with it.
 */
export function isLowerCode(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true
  if (c < 0xdf) return false
  if (c <= 0xff) return c !== 0xf7
  const ch = String.fromCharCode(c)
  return ch !== ch.toUpperCase()
}

/** An ASCII digit code unit. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
