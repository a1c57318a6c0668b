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
const ATTESTED = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora/topics/attested-words.txt')
/** Shorter words are not worth a label's singular (and are mostly function words). */
const MIN_ATTESTED = 4
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
  return [`topics/background-nouns.txt: ${nouns.length} nouns, ${writeListFile(OUT, header, nouns)} bytes`, ...buildAttestedWords(dictionary.wikipedia)]
}

/**
 * corpora/topics/attested-words.txt: the words of the Wikipedia and common-word lists of @zxcvbn-ts/language-de whose
 * capitalised form the noun lexicon does not know, sorted: that such a word exists lets a keyphrase label the lexicon
 * lacks drop a plural ending (Korridore → Korridor, Pandemien → Pandemie; src/topics/labels.ts).
 */
function buildAttestedWords(wikipedia: readonly string[]): string[] {
  const common = require('@zxcvbn-ts/language-de/src/commonWords.json') as readonly string[]
  const words = [...new Set([...wikipedia, ...common])]
    .filter((word) => word.length >= MIN_ATTESTED && /^\p{Ll}+$/u.test(word) && nounLemma(word[0]!.toUpperCase() + word.slice(1)) === undefined)
    .sort()
  const header = [
    'Words of German Wikipedia and of common German (lower case, sorted) that the noun lexicon does not know: a keyphrase label',
    'the lexicon lacks may drop a plural ending when what is left is one of them (src/topics/labels.ts).',
    'source: the `wikipedia` and `commonWords` lists of @zxcvbn-ts/language-de (npm); distilled by scripts/train/background.ts',
    '(npm run train -- --lemmas). license: MIT (@zxcvbn-ts/language-de)',
  ]
  return [`topics/attested-words.txt: ${words.length} words, ${writeListFile(ATTESTED, header, words)} bytes`]
}
