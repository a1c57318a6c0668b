// Kinds of noun that rank lower or not at all as keyphrases: who rather than what (Hersteller, Stadtrat, Kleinstadt,
// Beschäftigte) and times (Donnerstagabend, Achtzigerjahre, Geschäftsjahr).
import { actorHeads, compoundHead, isAdjectivalNoun } from '../lexicon/index.js'

const WEEKDAYS: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenend']
const DECADES: readonly string[] = ['zwanziger', 'dreißiger', 'vierziger', 'fünfziger', 'sechziger', 'siebziger', 'achtziger', 'neunziger']
/** Heads that make a compound a stretch of time (Verhandlungsnacht, Geschäftsjahr, Vorjahreszeitraum). */
const TIME_HEADS: ReadonlySet<string> = new Set(['nacht', 'woche', 'monat', 'jahr', 'stunde', 'abend', 'zeitraum', 'quartal'])

/** Donnerstagabend, Wochenendes, Achtzigerjahren: times, not themes (lower case). */
export function isTimeCompound(lower: string): boolean {
  return WEEKDAYS.some((day) => lower.startsWith(day)) || DECADES.some((decade) => lower.startsWith(decade))
}

/** A compound lemma whose head is a stretch of time (Geschäftsjahr, Verhandlungsnacht). */
export function hasTimeHead(lemma: string): boolean {
  const head = compoundHead(lemma)
  return head !== lemma && TIME_HEADS.has(head.toLowerCase())
}

/**
 * The lemma names people, a body or a place: a nominalised adjective (Beschäftigte, Abstimmende), or a word of
 * corpora/topics/actor-heads.txt or a compound of one (Wärmepumpenhersteller, Mitgliedstaat), also in the feminine
 * (Herstellerin).
 */
export function isActorNoun(lemma: string): boolean {
  if (isAdjectivalNoun(lemma)) return true
  const heads = actorHeads()
  const isHead = (word: string) => heads.has(word) || (word.endsWith('in') && heads.has(word.slice(0, -2)))
  const lower = lemma.toLowerCase()
  if (isHead(lower)) return true
  const head = compoundHead(lemma)
  return head !== lemma && isHead(head.toLowerCase())
}
