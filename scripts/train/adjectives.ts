// npm run train -- --lemmas (with noun-lemmas.tsv): corpora/lexicon/adjective-stems.txt, the attributive stems of
// German adjectives (künstlich of künstliche, hoh of hohe, dunkl of dunkle) read by src/lexicon/adjectives.ts to find
// adjective + noun keyphrases (künstliche Intelligenz). Source: german-adjectives-dict's dist/adjectives.json
// (german-pos-dict, CC BY-SA 4.0): each lemma's strong nominative feminine form without its final e. Stems that the
// loader recognises by their derivational suffix anyway (-isch, -lich, -bar, …; RELATIONAL_SUFFIXES in
// src/lexicon/adjectives.ts) are left out of the file. Deterministic: sorted output.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hasRelationalSuffix } from '../../src/lexicon/adjectives.js'
import { writeListFile } from './list-file.js'

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora/lexicon/adjective-stems.txt')
const require = createRequire(import.meta.url)
const STEM = /^\p{Ll}[\p{Ll}-]*$/u

type Forms = Record<string, Record<string, Record<string, string>>>

/** Lemma → attributive stem, from adjectives.json. */
export function adjectiveStems(): Map<string, string> {
  const path = resolve(dirname(require.resolve('german-adjectives-dict/package.json')), 'dist/adjectives.json')
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Forms>
  const stems = new Map<string, string>()
  for (const lemma of Object.keys(words).sort()) {
    const feminine = words[lemma]!.NOM?.SOL?.F
    if (typeof feminine !== 'string' || !feminine.endsWith('e')) continue
    const stem = feminine.slice(0, -1)
    if (STEM.test(stem)) stems.set(lemma, stem)
  }
  return stems
}

export function buildAdjectiveStems(): string[] {
  const stems = [...new Set(adjectiveStems().values())].filter((stem) => !hasRelationalSuffix(stem)).sort()
  const header = [
    'German adjectives: attributive stems (künstlich, hoh, dunkl), for adjective + noun keyphrases (src/lexicon/adjectives.ts).',
    'source: german-adjectives-dict (npm), the adjective lemmas of german-pos-dict (LanguageTool, github.com/languagetool-org/german-pos-dict),',
    'distilled by scripts/train/adjectives.ts (npm run train -- --lemmas); stems with a derivational suffix the loader knows are left out.',
    'license: CC BY-SA 4.0 (german-pos-dict; this list is shared under the same license)',
  ]
  return [`lexicon/adjective-stems.txt: ${stems.length} stems, ${writeListFile(OUT, header, stems)} bytes`]
}
