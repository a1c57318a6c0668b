// npm run train -- --lemmas (after noun-lemmas.tsv): corpora/topics/background-nouns.txt, the background that tells
// everyday nouns from rare ones for keyphrases (src/lexicon/background.ts): the words of the German Wikipedia
// frequency list of @zxcvbn-ts/language-de (MIT; most frequent first) whose capitalised form is a noun form the
// noun lexicon knows, in the list's order. Deterministic: same input → same bytes.
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nounLemma } from '../../src/lexicon/index.js'
import { writeListFile } from './list-file.js'

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora/topics/background-nouns.txt')
const require = createRequire(import.meta.url)

export function buildBackgroundNouns(): string[] {
  const { dictionary } = require('@zxcvbn-ts/language-de') as { dictionary: { wikipedia: readonly string[] } }
  const nouns = dictionary.wikipedia.filter((word) => word !== '' && nounLemma(word[0]!.toUpperCase() + word.slice(1)) !== undefined)
  const header = [
    'Noun forms of German Wikipedia by frequency, most frequent first, lower case: the keyphrase background (src/lexicon/background.ts).',
    'source: the `wikipedia` word list of @zxcvbn-ts/language-de (npm; German Wikipedia word frequencies), the words whose capitalised form',
    'is a noun form of corpora/lexicon/noun-lemmas.tsv; distilled by scripts/train/background.ts (npm run train -- --lemmas).',
    'license: MIT (@zxcvbn-ts/language-de)',
  ]
  return [`topics/background-nouns.txt: ${nouns.length} nouns, ${writeListFile(OUT, header, nouns)} bytes`]
}
