// How rare a noun is in general German: its rank in corpora/topics/background-nouns.txt (German Wikipedia's noun
// forms by frequency, from @zxcvbn-ts/language-de, MIT). Keyphrases weigh rare nouns more (Schuldenbremse over Lösung).
import { eszettSpelling } from '../shared/chars.js'
import { corporaFile } from './bundle.js'
import { parseList } from './lists.js'

let ranks: ReadonlyMap<string, number> | undefined

function nounRanks(): ReadonlyMap<string, number> {
  if (ranks === undefined) {
    const table = new Map<string, number>()
    for (const line of corporaFile('topics/background-nouns.txt').split('\n')) if (line !== '' && !line.startsWith('#')) table.set(line, table.size)
    ranks = table
  }
  return ranks
}

/** The rank of a lowercase noun form in the list (0 for the commonest), or undefined when the list lacks it. */
export function nounRank(lower: string): number | undefined {
  const table = nounRanks()
  const rank = table.get(lower)
  if (rank !== undefined) return rank
  // Swiss spelling (strasse, massnahmen), which the list spells with ß.
  const spelled = eszettSpelling(lower)
  return spelled === '' ? undefined : table.get(spelled)
}

let attested: ReadonlySet<string> | undefined

/**
 * A lowercase word of German Wikipedia or of common German that the noun lexicon does not know
 * (corpora/topics/attested-words.txt): korridor, pandemie.
 */
export function isAttestedWord(lower: string): boolean {
  attested ??= parseList(corporaFile('topics/attested-words.txt'))
  return attested.has(lower)
}

/** In (0, 1]: near 0 for the commonest nouns, rising with the log of the rank, 1 for a noun the list lacks (lower case). */
export function nounRarity(lower: string): number {
  const rank = nounRank(lower)
  return rank === undefined ? 1 : Math.log(rank + 2) / Math.log(nounRanks().size + 2)
}
