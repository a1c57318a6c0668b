// Thematic keyphrases: the nouns and compounds an article is about (Gipfeltreffen, Terrorismus, Handelsstreit),
// one per stem so that a compound and its inflections are one keyphrase (Gipfeltreffens → Gipfeltreffen).
import { KIND, SECTION_WEIGHT, type SectionRange, type TokenTable } from '../analysis.js'
import { everydayNouns, genericNouns, isCommonNoun, isNounLemma, isRoleWord, lexiconList, nounLemma, stopwords, wordFrequencies } from '../lexicon/index.js'
import { isUpperCode, MAX_WORD_LENGTH } from '../shared/chars.js'
import { LexemeMemo, type LexemeTable } from '../shared/lexemes.js'
import { stemGerman } from '../stem/index.js'

export interface Keyphrase {
  label: string
  weight: number
}

const MIN_LENGTH = 4
/** Long compounds are specific (Flüchtlingspolitik says more than Politik). */
const COMPOUND_LENGTH = 10
/** How much being spread over sentences adds: a theme recurs, a passing word stands in one sentence. */
const SPREAD = 0.5
/** A compound whose head the article also uses on its own (Bahnstreik and Streik) is the specific theme. */
const HEAD_BOOST = 1.25
const MIN_HEAD = 4
/** An everyday noun of spoken German (Sieg, Verein, Lösung) says less about an article than a word news coins. */
const EVERYDAY = 0.5
/** Size of the background word list's source (GermEval 2014 training file), in tokens. */
const BACKGROUND_TOKENS = 96_499

interface Candidate {
  score: number
  /** Sentences it stands in, and the last one counted. */
  sentences: number
  lastSentence: number
  /** Surface forms in the order first seen, flat: lexeme, times seen, lexeme, times seen, … (few per stem). */
  forms: number[]
  first: number
}

function isNounLike(word: string): boolean {
  if (word.length < MIN_LENGTH) return false
  if (!isUpperCode(word.charCodeAt(0))) return false
  // All capitals (NATO, USA) are names or acronyms, not themes; digits make dates and scores.
  let lower = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) return false
    if (word[i] !== word[i]!.toUpperCase()) lower++
  }
  return lower > 0
}

/** Per lexeme of one engine: its candidate key, and what it says as a label. */
export class KeyphraseMemos {
  readonly keys: LexemeMemo<string>
  readonly labels: LexemeMemo<LabelInfo>

  constructor(readonly table: LexemeTable) {
    this.keys = new LexemeMemo(table)
    this.labels = new LexemeMemo(table)
  }
}

interface LabelInfo {
  label: string
  /** How much the label says: long compounds more, common words less; 0 for generic words (never keyphrases). */
  specificity: number
  /** An everyday noun of spoken German (Sieg, Verein, Lösung). */
  everyday: boolean
}

function labelInfo(form: string, key: string): LabelInfo {
  const label = lemmaOf(form) ?? baseOf(form, key)
  const lower = label.toLowerCase()
  if (genericNouns().has(lower)) return { label, specificity: 0, everyday: false }
  return { label, specificity: (label.length >= COMPOUND_LENGTH ? 1.5 : 1) * rarity(label), everyday: everydayNouns().has(lower) }
}

/** A name of the lexicon's lists that is no ordinary noun (Mittelstädt): the recogniser's business, not a theme. */
function isPersonName(word: string): boolean {
  const named = lexiconList('surnames').has(word) || lexiconList('firstNames').has(word) || lexiconList('extraSurnames').has(word) || lexiconList('extraFirstNames').has(word)
  return named && !isCommonNoun(word)
}

const ADJECTIVE_ENDINGS: readonly string[] = ['ische', 'ischen', 'ischer', 'isches', 'liche', 'lichen', 'licher', 'liches']

/** A capitalised adjective of a name (Kassenärztliche Vereinigung, Europäischen Union) that is no noun the lexicon knows. */
function isNameAdjective(word: string): boolean {
  return ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending)) && nounLemma(word) === undefined
}

/** The stem a word counts under as a keyphrase candidate, or '' when it is not one. */
function candidateKey(word: string): string {
  // `Staats-` of `Staats- und Regierungschefs` is a fragment.
  if (word.length > MAX_WORD_LENGTH || !isNounLike(word) || word.endsWith('-') || isNameAdjective(word)) return ''
  const lower = word.toLowerCase()
  const generic = genericNouns()
  if (stopwords().has(lower) || generic.has(lower) || isRoleWord(word) || isTimeCompound(lower) || isPersonName(word)) return ''
  const key = stemGerman(lower)
  return generic.has(key) ? '' : key
}

/**
 * Scores noun candidates of the tagged sections. `inMention[t]` is 1 for tokens inside an entity mention: names are
 * topics as entities, not as keyphrases. `sentenceStart[t]` is 1 for a sentence's first token, whose capital letter
 * says nothing about being a noun: such a token counts only if the word is also seen capitalised inside a sentence.
 * `lexemes` holds the lexeme of every token in `memos.table`.
 */
export function findKeyphrases(view: string, tokens: TokenTable, sections: readonly SectionRange[], inMention: Uint8Array, sentenceStart: Uint8Array, lexemes: Int32Array, memos: KeyphraseMemos): Keyphrase[] {
  const { keys, labels } = memos
  const candidates = new Map<string, Candidate>()
  const seenInside = new Set<string>()
  let t = 0
  let order = 0
  let sentence = 0
  for (const section of sections) {
    const sectionWeight = SECTION_WEIGHT[section.type]
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t < tokens.count && tokens.starts[t]! < section.end; t++) {
      if (sentenceStart[t]) sentence++
      if (sectionWeight === undefined || inMention[t] || tokens.kinds[t] !== KIND.word) continue
      const at = tokens.starts[t]!
      const first = view.charCodeAt(at)
      if (!isUpperCode(first)) continue
      const lexeme = lexemes[t]!
      const key = keys.get(lexeme, candidateKey)
      if (key === '') continue
      if (!sentenceStart[t]) seenInside.add(key)
      let candidate = candidates.get(key)
      if (!candidate) {
        candidate = { score: 0, sentences: 0, lastSentence: -1, forms: [], first: order }
        candidates.set(key, candidate)
      }
      candidate.score += sectionWeight
      if (candidate.lastSentence !== sentence) {
        candidate.sentences++
        candidate.lastSentence = sentence
      }
      addForm(candidate.forms, lexeme)
      order++
    }
  }
  const result: Array<Keyphrase & { first: number }> = []
  for (const [key, candidate] of candidates) {
    if (!seenInside.has(key)) continue
    const { label, specificity, everyday } = labels.get(labelOf(candidate.forms, memos.table), (word) => labelInfo(word, key))
    if (specificity === 0) continue
    const used = everyday ? EVERYDAY : 1
    const spread = 1 + SPREAD * Math.log(candidate.sentences)
    const head = hasHeadIn(key, candidates) ? HEAD_BOOST : 1
    result.push({ label, weight: Math.log1p(candidate.score) * spread * specificity * head * used, first: candidate.first })
  }
  result.sort((a, b) => b.weight - a.weight || a.first - b.first)
  return result.map(({ label, weight }) => ({ label, weight }))
}

/** Another candidate is the key's head: a proper ending of at least MIN_HEAD letters (streik of bahnstreik). */
function hasHeadIn(key: string, candidates: ReadonlyMap<string, Candidate>): boolean {
  for (let at = MIN_LENGTH - 1; at <= key.length - MIN_HEAD; at++) if (candidates.has(key.slice(at))) return true
  return false
}

/**
 * The noun lexicon's base form of a label (Krisenherden → Krisenherd, Programmkinos → Programmkino, Eltern stays); a
 * word the lexicon lists as a base form itself stays as it is (Laden, not Lade).
 */
function lemmaOf(form: string): string | undefined {
  return isNounLemma(form) ? form : nounLemma(form)
}

const ENDINGS: readonly string[] = ['s', 'es', 'n', 'en', 'e']
const NOT_DATIVE: ReadonlySet<string> = new Set(['Eltern', 'Ostern', 'Gestern', 'Geschwistern'])

/**
 * The dictionary form behind an inflected label, when the background word list attests it with the same stem
 * (Krisenherden → Krisenherd, Fortschritte → Fortschritt); else the label without a genitive s
 * (Gleichgewichts → Gleichgewicht); else the label.
 */
function baseOf(label: string, key: string): string {
  const counts = wordFrequencies()
  let best = label
  let bestCount = counts.get(label.toLowerCase()) ?? 0
  for (const ending of ENDINGS) {
    if (!label.endsWith(ending) || label.length - ending.length < MIN_LENGTH) continue
    const form = label.slice(0, -ending.length)
    const count = counts.get(form.toLowerCase()) ?? 0
    if (count > bestCount && stemGerman(form.toLowerCase()) === key) {
      best = form
      bestCount = count
    }
  }
  if (best !== label) return best
  const without = (n: number) => label.slice(0, -n)
  // Genitive s (Gleichgewichts) and dative plural n after -er/-el (Zuschauern, Fördermitteln) are regular.
  if (label.length > MIN_LENGTH && label.endsWith('s') && stemGerman(without(1).toLowerCase()) === key) return without(1)
  if ((label.endsWith('ern') || label.endsWith('eln')) && !NOT_DATIVE.has(label) && stemGerman(without(1).toLowerCase()) === key) return without(1)
  return label
}

const WEEKDAYS: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenend']

/** Donnerstagabend, Sonntagmorgen, Wochenendes: times, not themes. */
function isTimeCompound(lower: string): boolean {
  return WEEKDAYS.some((day) => lower.startsWith(day))
}

/** Common words say less: weight by how rare the word is in the background list (1 for unseen words). */
function rarity(label: string): number {
  const count = wordFrequencies().get(label.toLowerCase()) ?? 0
  return count === 0 ? 1 : Math.log(BACKGROUND_TOKENS / (count + 1)) / Math.log(BACKGROUND_TOKENS)
}

function addForm(forms: number[], lexeme: number): void {
  for (let k = 0; k < forms.length; k += 2) {
    if (forms[k] === lexeme) {
      forms[k + 1]!++
      return
    }
  }
  forms.push(lexeme, 1)
}

/** The base form among a stem's surface forms: the shortest (Gipfeltreffen before Gipfeltreffens), then most seen. */
function labelOf(forms: readonly number[], table: LexemeTable): number {
  let best = -1
  let bestText = ''
  let bestCount = 0
  for (let k = 0; k < forms.length; k += 2) {
    const form = forms[k]!
    const count = forms[k + 1]!
    const text = table.strings[form]!
    if (bestText === '' || text.length < bestText.length || (text.length === bestText.length && (count > bestCount || (count === bestCount && text < bestText)))) {
      best = form
      bestText = text
      bestCount = count
    }
  }
  return best
}
