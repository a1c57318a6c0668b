// The German Snowball stemmer, written from the published algorithm description
// (snowballstem.org/algorithms/german/stemmer.html, © Dr Martin Porter, BSD licence): regions R1/R2, steps 1–3,
// umlauts folded at the end. Works on char codes and string slices only (no regular expressions).

const A_UML = 0xe4 // ä
const O_UML = 0xf6 // ö
const U_UML = 0xfc // ü
const SHARP_S = 0xdf // ß
// Marked u/y between vowels; they are consonants for the region rules and become u/y again at the end.
const MARK_U = 'U'
const MARK_Y = 'Y'

function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === A_UML || c === O_UML || c === U_UML
}

/** b, d, f, g, h, k, l, m, n, r, t: letters after which a final s is an ending. */
function isSEnding(c: number): boolean {
  return c === 0x62 || c === 0x64 || c === 0x66 || c === 0x67 || c === 0x68 || c === 0x6b || c === 0x6c || c === 0x6d || c === 0x6e || c === 0x72 || c === 0x74
}

/** The s-endings without r: letters after which a final st is an ending. */
function isStEnding(c: number): boolean {
  return c !== 0x72 && isSEnding(c)
}

/** ß → ss; u and y between vowels marked as consonants. The vowel test looks at the already rewritten left side. */
function prelude(word: string): string {
  let out = ''
  let previousIsVowel = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === SHARP_S) {
      out += 'ss'
      previousIsVowel = false
      continue
    }
    if ((c === 0x75 || c === 0x79) && previousIsVowel && isVowel(word.charCodeAt(i + 1))) {
      out += c === 0x75 ? MARK_U : MARK_Y
      previousIsVowel = false
      continue
    }
    out += word[i]
    previousIsVowel = isVowel(c)
  }
  return out
}

/** Index just after the first non-vowel that follows a vowel, searching from `from`; the word length if none. */
function regionStart(word: string, from: number): number {
  let i = from
  while (i < word.length && !isVowel(word.charCodeAt(i))) i++
  while (i < word.length && isVowel(word.charCodeAt(i))) i++
  return i < word.length ? i + 1 : word.length
}

interface Regions {
  r1: number
  r2: number
}

function markRegions(word: string): Regions {
  if (word.length < 3) return { r1: word.length, r2: word.length }
  const standard = regionStart(word, 0)
  const r2 = standard < word.length ? regionStart(word, standard) : word.length
  // R1 is moved so that at least three letters precede it; R2 keeps its standard place.
  return { r1: Math.max(standard, 3), r2 }
}

function endsWith(word: string, suffix: string): boolean {
  return word.length >= suffix.length && word.endsWith(suffix)
}

function step1(word: string, r1: number): string {
  let suffix = ''
  if (endsWith(word, 'ern')) suffix = 'ern'
  else if (endsWith(word, 'em') || endsWith(word, 'er') || endsWith(word, 'en') || endsWith(word, 'es')) suffix = word.slice(-2)
  else if (endsWith(word, 'e')) suffix = 'e'
  else if (endsWith(word, 's')) {
    if (word.length < 2 || !isSEnding(word.charCodeAt(word.length - 2))) return word
    suffix = 's'
  } else return word
  const start = word.length - suffix.length
  if (start < r1) return word
  const stem = word.slice(0, start)
  const groupB = suffix === 'e' || suffix === 'en' || suffix === 'es'
  return groupB && endsWith(stem, 'niss') ? stem.slice(0, -1) : stem
}

function step2(word: string, r1: number): string {
  let start: number
  if (endsWith(word, 'est')) start = word.length - 3
  else if (endsWith(word, 'en') || endsWith(word, 'er')) start = word.length - 2
  else if (endsWith(word, 'st')) {
    start = word.length - 2
    // The st-ending letter itself must have at least three letters before it.
    if (start - 1 < 3 || !isStEnding(word.charCodeAt(start - 1))) return word
  } else return word
  return start >= r1 ? word.slice(0, start) : word
}

function precededByE(word: string, start: number): boolean {
  return start > 0 && word.charCodeAt(start - 1) === 0x65
}

function step3(word: string, r1: number, r2: number): string {
  const suffix = longestDSuffix(word)
  if (suffix === '') return word
  const start = word.length - suffix.length
  if (start < r2) return word
  if (suffix === 'ig' || suffix === 'ik' || suffix === 'isch') return precededByE(word, start) ? word : word.slice(0, start)
  const stem = word.slice(0, start)
  if (suffix === 'end' || suffix === 'ung') {
    const igStart = stem.length - 2
    return endsWith(stem, 'ig') && !precededByE(stem, igStart) && igStart >= r2 ? stem.slice(0, igStart) : stem
  }
  if (suffix === 'lich' || suffix === 'heit') {
    return (endsWith(stem, 'er') || endsWith(stem, 'en')) && stem.length - 2 >= r1 ? stem.slice(0, -2) : stem
  }
  // keit
  const inner = endsWith(stem, 'lich') ? 4 : endsWith(stem, 'ig') ? 2 : 0
  return inner > 0 && stem.length - inner >= r2 ? stem.slice(0, -inner) : stem
}

const D_SUFFIXES: readonly string[] = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'] // longest first

function longestDSuffix(word: string): string {
  for (const suffix of D_SUFFIXES) if (endsWith(word, suffix)) return suffix
  return ''
}

function postlude(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === A_UML) out += 'a'
    else if (c === O_UML) out += 'o'
    else if (c === U_UML || c === 0x55) out += 'u' // ü and the marked U
    else if (c === 0x59) out += 'y' // the marked Y
    else out += word[i]
  }
  return out
}

/** The Snowball stem of one German word, in lowercase, umlauts folded (Häuser → haus). Any case in. */
export function stemGerman(word: string): string {
  const marked = prelude(word.toLowerCase())
  const { r1, r2 } = markRegions(marked)
  return postlude(step3(step2(step1(marked, r1), r1), r1, r2))
}
