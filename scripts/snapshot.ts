// npm run snapshot -- --out FILE [--data dir]      write what the tagger says about a fixed set of texts
// npm run snapshot -- --compare FILE [--data dir]  the same, compared byte for byte with an earlier FILE
// The check that a change which should not change behaviour (a refactoring, a speed-up) changes none: the JSON of
// tag(text).toJSON({ text, sentences }) and the tokens of every 10kGNAD test article (evaluation use: the snapshot
// file stays outside the repository), of the shared sample, of the project's own fixtures and examples, each also
// with its first line given as the title, plus a tagger with custom entities and tagTokens on a few sentences.
// All texts run in one process in a fixed order, so per-process caches are exercised as in a long-running service.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { createTagger, tag, tagTokens } from '../src/index.js'
import { fail, parseArgs } from './lib/args.js'
import { parseGnad } from './lib/gnad.js'

interface Text {
  name: string
  text: string
}

function ownTexts(): Text[] {
  const texts: Text[] = [{ name: 'examples/artikel.txt', text: readFileSync('examples/artikel.txt', 'utf8') }]
  for (const folder of readdirSync('test/fixtures').sort()) {
    for (const file of readdirSync(join('test/fixtures', folder)).sort()) {
      if (!file.endsWith('.txt')) continue
      const path = join('test/fixtures', folder, file)
      texts.push({ name: path, text: readFileSync(path, 'utf8') })
    }
  }
  return texts
}

function sharedTexts(dataDir: string): { texts: Text[]; missing: string[] } {
  const texts: Text[] = []
  const missing: string[] = []
  const sample = resolve(dataDir, '../samples/putin-trump-gipfel.txt')
  if (existsSync(sample)) texts.push({ name: 'samples/putin-trump-gipfel.txt', text: readFileSync(sample, 'utf8') })
  else missing.push(sample)
  const gnad = resolve(dataDir, '10kGNAD/test.csv')
  if (existsSync(gnad)) parseGnad(readFileSync(gnad, 'utf8')).forEach((article, i) => texts.push({ name: `10kGNAD/test.csv#${i + 1}`, text: article.text }))
  else missing.push(gnad)
  return { texts, missing }
}

const OWN_ENTITIES = createTagger({
  entities: [
    { id: 'org:beispiel-werke', type: 'organization', name: 'Beispiel-Werke', aliases: ['Beispielwerke'] },
    { id: 'person:olaf-scholz', type: 'person', name: 'Olaf Scholz', aliases: ['Scholz', 'Kanzler Scholz'] },
    { id: 'other:testfest', type: 'other', name: 'Testfest am See' },
  ],
})

const SENTENCES = [
  ['Angela', 'Merkel', 'besucht', 'Paris', '.'],
  ['Die', 'Beispiel-Werke', 'in', 'Wolfsburg', 'melden', 'Kurzarbeit', '.'],
  [],
]

function* lines(texts: readonly Text[]): Generator<string> {
  for (const { name, text } of texts) {
    const doc = tag(text)
    yield JSON.stringify({ name, json: doc.toJSON({ text: true, sentences: true }), tokens: doc.tokens() })
    const newline = text.indexOf('\n')
    if (newline > 0) {
      const titled = tag(text.slice(newline + 1), { title: text.slice(0, newline) })
      yield JSON.stringify({ name: name + ' (title)', json: titled.toJSON({ text: true, sentences: true }) })
    }
  }
  for (const { name, text } of texts.slice(0, 40)) yield JSON.stringify({ name: name + ' (own entities)', json: OWN_ENTITIES(text).toJSON() })
  yield JSON.stringify({ name: 'own entities', json: OWN_ENTITIES('Die Beispielwerke und Kanzler Scholz beim Testfest am See.').toJSON() })
  for (const sentence of SENTENCES) yield JSON.stringify({ name: 'tagTokens ' + sentence.join(' '), labels: tagTokens(sentence) })
}

const args = parseArgs(process.argv.slice(2))
const out = args.flags.get('out')
const compare = args.flags.get('compare')
if (typeof out !== 'string' && typeof compare !== 'string') fail('usage: npm run snapshot -- (--out FILE | --compare FILE) [--data dir]')
const shared = sharedTexts(args.dataDir)
for (const path of shared.missing) console.log(`data missing: ${path} (its texts are left out of the snapshot)`)
const texts = [...ownTexts(), ...shared.texts]
const produced = [...lines(texts)]
const digest = createHash('sha256').update(produced.join('\n')).digest('hex')

if (typeof out === 'string') {
  writeFileSync(out, produced.join('\n') + '\n')
  console.log(`${produced.length} records from ${texts.length} texts written to ${out} (sha256 ${digest})`)
} else {
  const nameOf = (line: string) => (JSON.parse(line) as { name: string }).name
  const before = new Map(readFileSync(compare as string, 'utf8').split('\n').filter((line) => line !== '').map((line) => [nameOf(line), line]))
  let differing = 0
  let added = 0
  for (const line of produced) {
    const earlier = before.get(nameOf(line))
    if (earlier === undefined) {
      added++
      continue
    }
    if (earlier === line) continue
    if (differing < 5) console.log(`differs: ${nameOf(line)}`)
    differing++
  }
  console.log(`${produced.length} records now, ${before.size} before, ${added} new: ${differing === 0 ? 'byte-identical' : `${differing} differ`} (sha256 ${digest})`)
  if (args.json) console.log(JSON.stringify({ task: 'snapshot', records: produced.length, texts: texts.length, added, differing, identical: differing === 0, sha256: digest }))
  if (differing > 0) process.exitCode = 1
}
