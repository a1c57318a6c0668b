// Adjective + noun keyphrases (künstliche Intelligenz, erneuerbare Energien, ländlicher Raum): an attributive
// adjective that classifies its noun, seen with it at least twice, labelled in the nominative without article.
import { adjectiveStem, nounGender, nounLemma, plainAdjectives } from '../lexicon/index.js'
import { countOccurrence, noOccurrences, type Occurrences } from './occurrences.js'

/** One adjective + noun pair of an article; its forms are the noun's surface forms. */
export interface PhraseCandidate extends Occurrences {
  readonly adjective: string
  /** The noun's candidate key (its stem). */
  readonly noun: string
}

/**
 * A pair must recur to be a phrase of the article rather than a description in passing: with one occurrence,
 * evaluative adjectives (umstrittenes Rentenpaket, überraschende Gewinnwarnung) crowd out the classifying ones.
 */
const MIN_PHRASE_COUNT = 2

/** The attributive stem of a lowercase word that makes a phrase with its noun, or ''. */
export function phraseAdjective(lower: string): string {
  const stem = adjectiveStem(lower)
  return stem === '' || plainAdjectives().has(stem) ? '' : stem
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
  return `${phrase.adjective}${ENDING[nounGender(lemma)]} ${lemma}`
}

/** A dative plural in -n whose form without n is a plural too (Räumen → Räume; Energien stays). */
function nominativePlural(form: string, lemma: string): string {
  if (!form.endsWith('n')) return form
  const shorter = form.slice(0, -1)
  return shorter !== lemma && nounLemma(shorter) === lemma ? shorter : form
}

/** Counts one occurrence of the adjective + noun pair (the noun's stem) in `phrases`. */
export function countPhrase(phrases: Map<string, PhraseCandidate>, adjective: string, noun: string, lexeme: number, weight: number, sentence: number, order: number): void {
  const key = `${adjective} ${noun}`
  let phrase = phrases.get(key)
  if (!phrase) phrases.set(key, (phrase = { ...noOccurrences(order), adjective, noun }))
  countOccurrence(phrase, weight, sentence, lexeme)
}

/** Per noun key, its most frequent recurring phrase (ties: the first seen). */
export function bestPhrases(phrases: ReadonlyMap<string, PhraseCandidate>): Map<string, PhraseCandidate> {
  const best = new Map<string, PhraseCandidate>()
  for (const phrase of phrases.values()) {
    if (phrase.count < MIN_PHRASE_COUNT) continue
    const other = best.get(phrase.noun)
    if (other === undefined || phrase.count > other.count || (phrase.count === other.count && phrase.first < other.first)) best.set(phrase.noun, phrase)
  }
  return best
}
