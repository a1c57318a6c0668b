// npm run bench -- tokens [--data dir] [--rounds 5] [--json]
// Throughput of normalize + tokenize + sentence splitting alone on 10kGNAD test.csv (benchmark use only).
import { Buffer } from 'node:buffer'
import { normalizeText } from '../../src/normalize/index.js'
import { splitSentences, tokenizeView } from '../../src/tokenize/index.js'
import { numberFlag, parseArgs } from '../lib/args.js'
import { readGnad } from '../lib/gnad.js'

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const rounds = numberFlag(args, 'rounds', 5)
  const texts = readGnad(args).map((article) => article.text)
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6
  let tokens = 0
  for (const text of texts) tokens += tokenizeView(normalizeText(text)).count
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now()
    for (const text of texts) {
      const view = normalizeText(text)
      splitSentences(view, tokenizeView(view))
    }
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  const mbps = megabytes / times[Math.floor(times.length / 2)]!
  console.log(`10kGNAD test: ${texts.length} articles, ${megabytes.toFixed(2)} MB, ${tokens} tokens; normalize + tokenize + sentences: ${mbps.toFixed(1)} MB/s (median of ${rounds} rounds)`)
  if (args.json) console.log(JSON.stringify({ task: 'tokens', mb: Math.round(megabytes * 100) / 100, tokens, mbps: Math.round(mbps * 10) / 10 }))
}
