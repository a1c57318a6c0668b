// Features that depend on one word only. Their weights are summed once per word type and cached by the tagger, so
// this module may be generous; it is not on the per-token path.
import { FNV_OFFSET, FNV_PRIME, hashStep, hashString } from '../shared/hash.js'
import { TYPE_NAMES, type Knowledge } from './knowledge.js'
import { caseClass, charClass, lengthBucket } from './shape.js'
import { isDigitCode } from '../shared/chars.js'
import { isNounFormIn, LONGEST_NOUN_ENDING } from '../lexicon/index.js'

function seed(tag: string): number {
  return hashStep(hashString(FNV_OFFSET, tag), 0x1f)
}

const WORD = seed('W')
const LOWER = seed('L')
const PREFIX: readonly number[] = [1, 2, 3, 4].map((n) => seed('P' + n))
const SUFFIX: readonly number[] = [1, 2, 3, 4, 5].map((n) => seed('S' + n))
const SHAPE = seed('C')
const CASE_LENGTH = seed('K')
const HYPHEN_FIRST = seed('A')
const HYPHEN_LAST = seed('Z')
const HYPHEN_SHAPE = seed('H')
const FLAG = seed('X')
const FIRST = seed('F')
const CLASS = seed('Q')
const MAX_SHAPE = 12

/** Hash of a flag feature (computed per word type, not per token, so not cached). */
export const flagHash = (name: string): number => hashString(FLAG, name)

function range(hash: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash >>> 0
}

/** Collapsed shape: runs of one class become one symbol (Xx, Xx-Xx, d.d), at most MAX_SHAPE symbols. */
function shapeHash(hash: number, word: string, from: number, to: number): number {
  let last = -1
  let symbols = 0
  for (let i = from; i < to && symbols < MAX_SHAPE; i++) {
    const k = charClass(word.charCodeAt(i))
    if (k === last) continue
    hash = Math.imul(hash ^ k, FNV_PRIME)
    last = k
    symbols++
  }
  return hash >>> 0
}

/**
 * The form a word's features are read from: Swiss thousands (80'000, 1’250’000) as the German training text writes
 * them (80.000), so that the model, which never saw them, reads them as the numbers they are.
 */
export function featureForm(word: string): string {
  let form = word
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i)
    if ((c === 0x27 || c === 0x2019) && isDigitCode(word.charCodeAt(i - 1)) && isDigitCode(word.charCodeAt(i + 1))) form = form.slice(0, i) + '.' + form.slice(i + 1)
  }
  return form
}

/** Genitive: Merkels, Putins, Hans', Paris' → the name without the ending, or undefined. */
export function genitiveStem(word: string): string | undefined {
  return isGenitive(word) ? word.slice(0, -1) : undefined
}

/** genitiveStem(word) === stem, without cutting a string. */
export function isGenitiveOf(word: string, stem: string): boolean {
  return word.length === stem.length + 1 && isGenitive(word) && word.startsWith(stem)
}

function isGenitive(word: string): boolean {
  if (word.length < 3) return false
  const last = word.charCodeAt(word.length - 1)
  return last === 0x73 || last === 0x27 || last === 0x2019
}

function addTypeFlags(out: number[], prefix: string, mask: number): void {
  if (mask === 0) return
  for (let t = 0; t < TYPE_NAMES.length; t++) if (mask & (1 << t)) out.push(flagHash(prefix + TYPE_NAMES[t]))
}

/** Whole-word and compound-end organization heads (Ministerium; Bundesgesundheitsministerium), hashing backwards. */
function orgHeadFlags(lower: string, k: Knowledge, out: number[]): void {
  let hash = FNV_OFFSET
  const n = lower.length
  let ending = false
  for (let i = n - 1; i >= 0; i--) {
    hash = hashStep(hash, lower.charCodeAt(i))
    if (n - i <= n - 3 && !ending && k.orgHeadsBackward.has(hash)) ending = true
  }
  if (k.orgHeadsBackward.has(hash)) out.push(flagHash('orghead'))
  else if (ending) out.push(flagHash('orgheadend'))
}

function lexiconFlags(word: string, lower: string, k: Knowledge, out: number[]): void {
  if (k.firstNames.has(word)) out.push(flagHash('first'))
  if (k.surnames.has(word)) out.push(flagHash('sur'))
  if (k.extraSurnames.has(word)) out.push(flagHash('xsur'))
  if (k.extraFirstNames.has(word)) out.push(flagHash('xfirst'))
  if (k.titles.has(word)) out.push(flagHash('title'))
  if (k.orgSuffixes.has(word)) out.push(flagHash('orgsuf'))
  if (k.stopwords.has(lower)) out.push(flagHash('stop'))
  orgHeadFlags(lower, k, out)
  const tier = k.geo.names.value(hashString(FNV_OFFSET, word))
  if (tier > 0) out.push(flagHash('geo'), flagHash('geo' + tier))
  addTypeFlags(out, 'name', k.names.get(word) ?? 0)
  addTypeFlags(out, 'form', (k.forms.get(word) ?? 0) | (k.forms.get(lower) ?? 0))
  const stem = genitiveStem(word)
  if (stem !== undefined) {
    addTypeFlags(out, 'gen', k.names.get(stem) ?? 0)
    if (k.surnames.has(stem)) out.push(flagHash('gensur'))
    if (k.extraSurnames.has(stem)) out.push(flagHash('genxsur'))
    if (k.geo.names.has(hashString(FNV_OFFSET, stem))) out.push(flagHash('gengeo'))
    if (k.firstNames.has(stem)) out.push(flagHash('genfirst'))
  }
  if (word.indexOf('-') < 0 && isCapitalized(word)) {
    compoundFlags(word, k, out)
    demonymFlags(word, k, out)
    nounFlags(word, k, out)
  }
}

const MIN_NOUN_HEAD = 4

function nounLemma(word: string, k: Knowledge): boolean {
  return isNounFormIn(k.nouns, word)
}

/** A capitalised word that is an ordinary noun (Haus, Häusern), or a compound ending in one (Wupperbrücke). */
function nounFlags(word: string, k: Knowledge, out: number[]): void {
  if (k.nouns.has(word)) {
    out.push(flagHash('noun'))
    return
  }
  if (nounLemma(word, k)) {
    out.push(flagHash('nounform'))
    return
  }
  for (let i = 3; i + MIN_NOUN_HEAD <= word.length; i++) {
    if (!mayBeNounForm(word, i, k)) continue
    const head = word[i]!.toUpperCase() + word.slice(i + 1)
    if (nounLemma(head, k)) {
      out.push(flagHash('nounhead'))
      return
    }
  }
}

/**
 * Whether word[i ..] with a capital may be a noun form of k.nouns: some noun, by its hash, ends at most
 * LONGEST_NOUN_ENDING letters before the word's end. Never false for a form (a hash collision only costs a lookup).
 */
function mayBeNounForm(word: string, i: number, k: Knowledge): boolean {
  const upper = word[i]!.toUpperCase()
  if (upper.length !== 1) return true
  const n = word.length
  let hash = hashStep(FNV_OFFSET, upper.charCodeAt(0))
  for (let end = i + 1; ; end++) {
    if (n - end <= LONGEST_NOUN_ENDING && k.nounHashes.has(hash)) return true
    if (end === n) return false
    hash = hashStep(hash, word.charCodeAt(end))
  }
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0)
  return word.length > 1 && c !== word.toLowerCase().charCodeAt(0)
}

const MIN_HEAD = 4
const MIN_REST = 3

/** A compound that starts with a name: Wupperbrücke, Europameister, Merkelregierung. */
function compoundFlags(word: string, k: Knowledge, out: number[]): void {
  let mask = 0
  let geo = 0
  let hash = FNV_OFFSET
  for (let end = 1; end <= word.length - MIN_REST; end++) {
    hash = hashStep(hash, word.charCodeAt(end - 1))
    if (end < MIN_HEAD) continue
    const next = word.charCodeAt(end)
    if (!(next >= 0x61 && next <= 0x7a) && next < 0xdf) continue
    mask |= k.nameHashes.value(hash)
    geo = Math.max(geo, k.geo.names.value(hash))
    if (k.surnameHashes.has(hash)) mask |= 1
  }
  addTypeFlags(out, 'cpart', mask)
  if (geo >= 2) out.push(flagHash('cpartgeo'))
}

const DEMONYM_ENDINGS: readonly string[] = ['er', 'ern', 'ers', 'erin', 'erinnen']

/** Inhabitants and place adjectives: Aulendorfer, Kölnern, Innerschweizer. */
function demonymFlags(word: string, k: Knowledge, out: number[]): void {
  for (const ending of DEMONYM_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue
    const stem = word.slice(0, word.length - ending.length)
    const mask = (k.names.get(stem) ?? 0) | (k.names.get(stem + 'e') ?? 0)
    if (mask & 2) out.push(flagHash('demonymkb'))
    const tier = Math.max(k.geo.names.value(hashString(FNV_OFFSET, stem)), k.geo.names.value(hashString(FNV_OFFSET, stem + 'e')))
    if (tier > 0) out.push(flagHash('demonymgeo' + tier))
  }
}

function hyphenFeatures(word: string, lower: string, k: Knowledge, out: number[]): void {
  const first = word.indexOf('-')
  if (first < 0) return
  if (first === word.length - 1) {
    out.push(flagHash('elided'))
    return
  }
  if (first === 0) return
  const last = word.lastIndexOf('-')
  out.push(range(HYPHEN_FIRST, lower, 0, first), range(HYPHEN_LAST, lower, last + 1, lower.length))
  out.push(shapeHash(HYPHEN_SHAPE, word, 0, first))
  let mask = 0
  let person = false
  let from = 0
  while (from <= word.length) {
    let to = word.indexOf('-', from)
    if (to < 0) to = word.length
    const part = word.slice(from, to)
    mask |= k.names.get(part) ?? 0
    if (k.surnames.has(part) || k.firstNames.has(part)) person = true
    from = to + 1
  }
  addTypeFlags(out, 'part', mask)
  const tail = word.slice(last + 1)
  if (tail.length > 1 && nounLemma(tail, k)) out.push(flagHash('hyphennoun'))
  if (k.titleSuffixes.has(word.slice(last + 1))) out.push(flagHash('titlesuf'))
  if (person) out.push(flagHash('partperson'))
}

/** Affixes of the neighbours beyond the next word added noise in cross-validation; the rest reaches WINDOW. */
const AFFIX_REACH = 1
const OTHER_REACH = 2

/**
 * Hashes of all features of `word`. `reach` (training only) receives, per hash, how far from the word the feature
 * is used: 0 for the word's own label only, up to WINDOW. The runtime adds whatever weights the model has.
 */
export function wordFeatures(word: string, k: Knowledge, out: number[], reach?: number[]): void {
  const lower = word.toLowerCase()
  const n = lower.length
  out.push(hashString(WORD, word), hashString(LOWER, lower))
  const affixFrom = out.length
  for (let i = 0; i < PREFIX.length && i < n; i++) out.push(range(PREFIX[i]!, lower, 0, i + 1))
  for (let i = 0; i < SUFFIX.length && i < n; i++) out.push(range(SUFFIX[i]!, lower, n - i - 1, n))
  const affixTo = out.length
  out.push(shapeHash(SHAPE, word, 0, word.length))
  out.push(hashStep(hashStep(CASE_LENGTH, caseClass(word)), lengthBucket(n)) >>> 0)
  hyphenFeatures(word, lower, k, out)
  lexiconFlags(word, lower, k, out)
  const classes = k.classes.get(word)
  if (classes) for (let i = 0; i < classes.length; i++) out.push(hashStep(hashStep(CLASS, i), classes[i]!) >>> 0)
  if (reach) {
    reach.length = out.length
    reach.fill(OTHER_REACH)
    reach.fill(AFFIX_REACH, affixFrom, affixTo)
  }
}

/** Extra features of the first word of a sentence, where capitals say little. */
export function firstWordFeatures(word: string, k: Knowledge, out: number[]): void {
  const lower = word.toLowerCase()
  out.push(hashStep(FIRST, caseClass(word)))
  out.push(hashString(hashStep(FIRST, 0x4c), lower))
  if (k.stopwords.has(lower)) out.push(hashStep(FIRST, 0x73))
  if (k.nouns.has(word)) out.push(hashStep(FIRST, 0x6e))
  // A capitalised opening word that the word classes know in lowercase (Wieder, Nach, Erst).
  if (lower !== word && k.classes.has(lower)) out.push(hashStep(FIRST, 0x77))
}

/** Stand-ins for the words beyond either end of a sentence. */
export const BEFORE_SENTENCE = '\u0002'
export const AFTER_SENTENCE = '\u0003'
/** Stand-in for a token longer than MAX_WORD_LENGTH: one unknown symbol, whatever its letters. */
export const OPAQUE_WORD = '\u0004'

const PHRASE = seed('G')

/** Feature of phrase flag bit `bit` (see phrases.ts). */
export function phraseFlagHash(bit: number): number {
  return hashStep(PHRASE, bit)
}

/** The feature every token has: its weights are the label prior. */
export const BIAS_HASH = seed('B')
