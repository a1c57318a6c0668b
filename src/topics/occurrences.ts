// How often and where a keyphrase candidate (a noun or an adjective + noun phrase) occurs in an article.
import { addForm } from './labels.js'

/** A class, so that nouns and phrases share one object shape and the counting stays monomorphic. */
export class Occurrences {
  /** Occurrences weighted by their section (SECTION_WEIGHT). */
  score = 0
  count = 0
  /** Sentences it stands in, and the last one counted. */
  sentences = 0
  lastSentence = -1
  /** Occurrences in running text (the title, the lead, a body line of prose), not on a short line of its own. */
  prose = 0
  /** Occurrences right after a name, with no article between (Hallmann Antriebstechnik): parts of that name. */
  afterName = 0
  /** Occurrences beside another capitalised word that no list knows (Biyon Kattilathu): a name the recogniser missed. */
  inNamePair = 0
  /** Occurrences beside a capitalised English word (Smart Glasses, Open Data): parts of an English term or name. */
  besideEnglish = 0
  /** Occurrences as a quotation of their own („Fährzeiten“). */
  quotedAlone = 0
  /** Surface forms in the order first seen, flat: lexeme, times seen, lexeme, times seen, … (few per stem). */
  readonly forms: number[] = []

  /** `first`: the order of its first occurrence among the article's candidates. */
  constructor(readonly first: number) {}
}

export function countOccurrence(seen: Occurrences, weight: number, sentence: number, lexeme: number): void {
  seen.score += weight
  seen.count++
  if (seen.lastSentence !== sentence) {
    seen.sentences++
    seen.lastSentence = sentence
  }
  addForm(seen.forms, lexeme)
}
