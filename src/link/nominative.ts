// A name the knowledge base does not know, as the article inflects it after an article or a preposition (der
// Afrikanischen Schweinepest, beim Deutschen Roten Kreuz), shown as a name stands alone: its adjectives in the strong
// nominative of their noun's gender (Afrikanische Schweinepest, Deutsches Rotes Kreuz), as reference works title it.
import { adjectiveStem, isAdjectivalNoun, nounGender, nounLemma } from '../lexicon/index.js'

/** The ending of an adjective standing alone before a noun in the nominative singular, by the noun's gender. */
const STRONG_ENDING: Readonly<Record<string, string>> = { f: 'e', m: 'er', n: 'es' }
/** The weak endings an article puts on an adjective: -en in every case but the nominative singular, -e there. */
const WEAK_ENDINGS: readonly string[] = ['en', 'e']

/** The adjective in a weak ending (Afrikanischen, Ostfriesische), as its capitalised stem (Afrikanisch), or ''. */
function weakAdjective(word: string): string {
  if (word[0] === word[0]!.toLowerCase() || !word.endsWith('e') && !word.endsWith('en')) return ''
  const stem = adjectiveStem(word.toLowerCase())
  // A noun that reads like an adjective (Achtelfinale, Modelle) is the head; a nominalised adjective (Deutsche) is not.
  const lemma = nounLemma(word)
  if (stem === '' || (lemma !== undefined && !isAdjectivalNoun(lemma))) return ''
  // Only a weak ending may have been cut: Afrikanischen → afrikanisch, not a stem of another reading.
  for (const ending of WEAK_ENDINGS) if (stem.length + ending.length === word.length && word.endsWith(ending)) return word.slice(0, stem.length)
  return ''
}

/** The shortest compound head whose gender a name's noun takes (Gletscher of Aletschgletscher); shorter ones mislead (Lau|sitz). */
const MIN_GENDER_TAIL = 5

/** The gender of the longest listed noun a compound the list lacks ends in (Aletschgletscher: Gletscher, m), or ''. */
function tailGender(noun: string): string {
  for (let start = 1; noun.length - start >= MIN_GENDER_TAIL; start++) {
    const gender = nounGender(noun[start]!.toUpperCase() + noun.slice(start + 1))
    if (gender !== '') return gender
  }
  return ''
}

/**
 * `name` with its leading adjectives in a weak ending put in the strong nominative of the noun that follows them, when
 * that noun is a singular lemma of known gender (Evangelischen Kirche in Deutschland → Evangelische Kirche in
 * Deutschland, Deutsche Museum → Deutsches Museum); else `name` (Vereinten Nationen, a plural, is a nominative already).
 */
export function adjectivesInNominative(name: string): string {
  const words = name.split(' ')
  let head = 0
  while (head < words.length - 1 && weakAdjective(words[head]!) !== '') head++
  if (head === 0) return name
  const noun = words[head]!
  if (nounLemma(noun) !== noun) return name
  const ending = STRONG_ENDING[nounGender(noun) || tailGender(noun)]
  if (ending === undefined) return name
  for (let i = 0; i < head; i++) words[i] = weakAdjective(words[i]!) + ending
  return words.join(' ')
}
