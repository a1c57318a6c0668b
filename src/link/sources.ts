// A body named as the source of what the article reports (nach Informationen des STANDARD, auf APA-Anfrage, laut
// Statistik Austria, wie der Spiegel berichtete) is where the news came from, not what it is about.
import type { MentionRange } from '../analysis.js'
import { wordAt, wordEndingAt } from './around.js'

/** Nouns a source follows with its article (nach Informationen des STANDARD, auf Anfrage der APA), lower case. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['informationen', 'infos', 'angaben', 'anfrage', 'recherchen', 'recherche', 'bericht', 'berichten'])
/** Verbs of reporting before a source (berichtete der Spiegel, sagte er dem STANDARD), lower case. */
const VERBS: ReadonlySet<string> = new Set(['berichtet', 'berichtete', 'berichten', 'berichteten', 'meldet', 'meldete', 'melden', 'sagte', 'sagt', 'erklärte', 'erklärt', 'bestätigte', 'bestätigt', 'schreibt', 'schrieb'])
const ARTICLES: ReadonlySet<string> = new Set(['des', 'der', 'dem', 'die', 'das'])
const PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie', 'es', 'man'])
/** Talks a source had (im Gespräch mit dem STANDARD, im Interview mit der Zeitung). */
const TALKS: ReadonlySet<string> = new Set(['gespräch', 'interview', 'telefonat'])
/** What a source's name is joined to: STANDARD-Infos, APA-Anfrage, SZ-Recherchen (lower case, after the hyphen). */
const JOINED: ReadonlySet<string> = new Set(['infos', 'informationen', 'anfrage', 'gespräch', 'interview', 'recherche', 'recherchen', 'bericht', 'berichten'])
/** A word after a source's name: dem STANDARD vorliegt, der Zeitung zufolge. */
const AFTER: ReadonlySet<string> = new Set(['vorliegt', 'vorliegen', 'vorlag', 'vorlagen', 'vorliegenden', 'vorliegende', 'zufolge', 'befragten', 'befragte'])

/** The mention names the source of what the text reports (see the lists above). */
export function isSourceMention(view: string, mention: MentionRange): boolean {
  if (view[mention.end] === '-' && JOINED.has(wordAt(view, mention.end + 1))) return true
  // Most names follow no word of these lists: the word before decides whether the others are read at all.
  const [w1, at1] = wordEndingAt(view, mention.start)
  if (w1 === 'laut' || VERBS.has(w1)) return true
  if (w1 === 'vom') return AFTER.has(wordAt(view, mention.end))
  if (w1 === 'von') return SOURCE_NOUNS.has(wordEndingAt(view, at1)[0])
  if (!ARTICLES.has(w1)) return false
  // wie der Kurier berichtete, dem Kurier zufolge, nach Informationen des Kuriers, sagte er dem Kurier
  const after = wordAt(view, mention.end)
  const [w2, at2] = wordEndingAt(view, at1)
  if (AFTER.has(after) || VERBS.has(after) || SOURCE_NOUNS.has(w2) || VERBS.has(w2) || w2 === 'gegenüber') return true
  const [w3] = wordEndingAt(view, at2)
  return (w2 === 'mit' && TALKS.has(w3)) || (PRONOUNS.has(w2) && VERBS.has(w3))
}
