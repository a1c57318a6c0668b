// Adjective + noun keyphrases (künstliche Intelligenz, erneuerbare Energien, ländlicher Raum): an attributive
// adjective that classifies its noun, seen with it at least twice, labelled in the nominative without article.
import { adjectiveStem, headGender, nounLemma, plainAdjectives } from '../lexicon/index.js'
import { countOccurrence, Occurrences } from './occurrences.js'
import { hasDigit } from '../shared/chars.js'

/** One adjective + noun pair of an article; its forms are the noun's surface forms. */
export class PhraseCandidate extends Occurrences {
  /** `noun`: the noun's candidate key (its stem). */
  constructor(
    first: number,
    readonly adjective: string,
    readonly noun: string,
  ) {
    super(first)
  }
}

/** An article's phrases by their noun's key (few per noun). */
export type PhraseTable = Map<string, PhraseCandidate[]>

/**
 * A pair must recur to be a phrase of the article rather than a description in passing: with one occurrence,
 * evaluative adjectives (umstrittenes Rentenpaket, überraschende Gewinnwarnung) crowd out the classifying ones.
 */
const MIN_PHRASE_COUNT = 2

/**
 * The attributive stem of a lowercase word that makes a phrase with its noun, or ''. Not one with a number in it
 * (40-jährig, 23-sekündig, 3-köpfig): it says how old, long or big, not what kind.
 */
export function phraseAdjective(lower: string): string {
  const stem = adjectiveStem(lower)
  return stem === '' || plainAdjectives().has(stem) || isPresentParticiple(stem) || hasDigit(stem) ? '' : stem
}


const PARTICIPLE = 'end'
/** Stems this short in -end are no participles of a verb (no German verb stem is shorter than two letters plus -en). */
const MIN_PARTICIPLE = 5

/**
 * A present participle (boomend, schwimmend, steigend): it says what the noun is doing at the time, not what kind it
 * is (boomendes Segment, steigende Preise), so it makes no phrase.
 */
function isPresentParticiple(stem: string): boolean {
  return stem.length >= MIN_PARTICIPLE && stem.endsWith(PARTICIPLE)
}

/** Strong nominative endings (ein künstlicher Raum… without article: ländlicher Raum, künstliche Intelligenz). */
const ENDING = { m: 'er', f: 'e', n: 'es', '': 'e' } as const

/** Whether a noun form is a plural of its lemma: another form than the lemma and its genitive. */
export function isPluralForm(form: string, lemma: string): boolean {
  return form !== lemma && form !== lemma + 's' && form !== lemma + 'es'
}

/**
 * The phrase's label, given how many of its occurrences have a plural noun: the adjective with its strong nominative ending and the noun's lemma (ländlicher Raum), or, when
 * most occurrences are plural, the nominative plural (erneuerbare Energien; den ländlichen Räumen → ländliche Räume).
 */
export function phraseLabel(phrase: PhraseCandidate, plurals: number, lemma: string, pluralForm: string): string {
  if (plurals * 2 > phrase.count && pluralForm !== '') return `${phrase.adjective}e ${nominativePlural(pluralForm, lemma)}`
  return `${phrase.adjective}${ENDING[headGender(lemma)]} ${lemma}`
}

/**
 * A dative plural in -n whose form without n is a plural too (Räumen → Räume; Energien stays), or the lemma itself
 * for a noun in -er or -el whose plural has no ending (fossilen Energieträgern → fossile Energieträger).
 */
function nominativePlural(form: string, lemma: string): string {
  if (!form.endsWith('n')) return form
  const shorter = form.slice(0, -1)
  if (shorter === lemma) return lemma.endsWith('er') || lemma.endsWith('el') ? lemma : form
  return nounLemma(shorter) === lemma ? shorter : form
}

/** Counts one occurrence of the adjective + noun pair (the noun's stem) in `phrases`. */
export function countPhrase(phrases: PhraseTable, adjective: string, noun: string, lexeme: number, weight: number, sentence: number, order: number): void {
  let ofNoun = phrases.get(noun)
  if (ofNoun === undefined) phrases.set(noun, (ofNoun = []))
  let phrase = ofNoun.find((known) => known.adjective === adjective)
  if (phrase === undefined) ofNoun.push((phrase = new PhraseCandidate(order, adjective, noun)))
  countOccurrence(phrase, weight, sentence, lexeme)
}

/**
 * Suffixes of adjectives that say what kind (politische Bildung, digitale Infrastruktur, humanitäre Hilfe): with one of
 * them a phrase seen once may name its noun, when the noun stands nowhere else. Not -lich or -iert, which also
 * evaluate (erhebliche, unkontrollierte).
 */
const CLASSIFYING_SUFFIXES: readonly string[] = ['isch', 'al', 'är']
const MIN_CLASSIFYING = 7

function isClassifying(stem: string): boolean {
  return stem.length >= MIN_CLASSIFYING && CLASSIFYING_SUFFIXES.some((suffix) => stem.endsWith(suffix))
}

/**
 * A past participle says what was done to the noun in this story (gespeicherte Audiodateien, festgenommener Mann,
 * traumatisierte Schüler), seldom what kind it is: such a phrase must recur more often to name a theme (organisierte
 * Kriminalität, betreutes Wohnen).
 */
const MIN_PARTICIPLE_PHRASE_COUNT = 3

/** Separable prefixes before the ge- of a past participle (eingesetzt, festgenommen, ausgesprochen). */
const SEPARABLE_PREFIXES: readonly string[] = ['', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'mit', 'nach', 'vor', 'zu', 'zurück', 'weg', 'her', 'hin', 'um', 'durch', 'los', 'frei', 'hoch', 'fort', 'weiter', 'wieder', 'zusammen']
/** Letters of a verb stem between ge- and the ending at least, and before -iert (sign|iert, not v|iert of vierte). */
const MIN_VERB_STEM = 3

/** A past participle's stem: -iert (traumatisiert), or ge-…-t/-en after a separable prefix or none (gespeichert, eingesetzt, festgenommen). */
function isPastParticiple(stem: string): boolean {
  if (stem.length >= MIN_VERB_STEM + 4 && stem.endsWith('iert')) return true
  if (!stem.endsWith('t') && !stem.endsWith('en')) return false
  for (const prefix of SEPARABLE_PREFIXES) {
    if (stem.length - prefix.length - 2 > MIN_VERB_STEM && stem.startsWith(prefix) && stem.startsWith('ge', prefix.length)) return true
  }
  return false
}

/** A phrase recurs, so it may stand as a keyphrase of its own beside its noun. */
export function recurs(phrase: PhraseCandidate): boolean {
  return phrase.count >= (isPastParticiple(phrase.adjective) ? MIN_PARTICIPLE_PHRASE_COUNT : MIN_PHRASE_COUNT)
}

/**
 * Per noun key, its most frequent phrase (ties: the first seen): a recurring one, or one seen once with a classifying
 * adjective, which names the noun only where it covers all of the noun's occurrences (see keyphrases.ts).
 */
export function bestPhrases(phrases: PhraseTable): Map<string, PhraseCandidate> {
  const best = new Map<string, PhraseCandidate>()
  for (const [noun, ofNoun] of phrases) {
    for (const phrase of ofNoun) {
      if (!recurs(phrase) && !isClassifying(phrase.adjective)) continue
      const other = best.get(noun)
      if (other === undefined || phrase.count > other.count || (phrase.count === other.count && phrase.first < other.first)) best.set(noun, phrase)
    }
  }
  return best
}
