// Lowercase word counts over the tokens of GermEval 2014 NER-de-test.tsv (CC BY 4.0), the project's training file.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const FREQUENCY_SOURCE = 'germeval2014/NER-de-test.tsv'
const MIN_COUNT = 2

function hasLetter(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase()
}

/** `word<TAB>count` lines by falling count, or undefined when the data file is missing. */
export function buildFrequencies(dataDir: string): string[] | undefined {
  const path = resolve(dataDir, FREQUENCY_SOURCE)
  if (!existsSync(path)) return undefined
  const counts = new Map<string, number>()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const token = line.split('\t')[1]
    if (token === undefined || !hasLetter(token)) continue
    const word = token.toLowerCase()
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, count]) => count >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, count]) => `${word}\t${count}`)
}
