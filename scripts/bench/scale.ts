// npm run bench -- scale [--max-mb 32] [--repeat 1] [--json] [--data dir]
// Does tag() stay linear? Time and peak RSS of one tag(text).toJSON() on 1, 2, 4, … --max-mb MB (10^6 UTF-16 code
// units) of German news (10kGNAD test articles concatenated when ../shared/data has them, else generated articles,
// scripts/lib/articles.ts) and of junk (random printable characters, long tokens, markup, base64), each size in a
// fresh child process so that RSS is that run's own; with --repeat N the run of least CPU time of N. Prints the growth
// factor per doubling of CPU time and peak RSS; the bar is 2.2.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { numberFlag, parseArgs, type ScriptArgs } from '../lib/args.js'
import { ArticleGenerator } from '../lib/articles.js'
import { parseGnad } from '../lib/gnad.js'
import { seededRandom } from '../lib/random.js'

const KINDS = ['german', 'junk'] as const
type Kind = (typeof KINDS)[number]
const MB = 1_000_000
const BAR = 2.2

interface Measure {
  kind: Kind
  mb: number
  seconds: number
  /** CPU time of the process (all threads): what the growth is judged by, since wall time on a shared machine drifts. */
  cpuSeconds: number
  rssMb: number
  source: string
}

function gnadFile(args: ScriptArgs): string | undefined {
  const path = resolve(args.dataDir, '10kGNAD/test.csv')
  return existsSync(path) ? path : undefined
}

function germanText(size: number, gnad: string | undefined): string {
  const parts: string[] = []
  let length = 0
  const articles = gnad ? parseGnad(readFileSync(gnad, 'utf8')).map((article) => article.text) : []
  const generator = new ArticleGenerator(1)
  for (let i = 0; length < size; i++) {
    const text = articles.length > 0 ? articles[i % articles.length]! : generator.next()
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n').slice(0, size)
}

const PRINTABLE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜ0123456789 .,;:!?-/()"\'&<>=#@€%+*'
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const TAGS = ['<div class="teaser">', '</div>', '<p>', '</p>', '<a href="/x?id=1">', '</a>', '<br>', '<span>', '</span>']

/** One block of junk, from its own seed: a text of N MB is N blocks, so that a doubling adds text like the first. */
function junkBlock(size: number, seed: number): string {
  const random = seededRandom(seed)
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!
  const parts: string[] = []
  let length = 0
  while (length < size) {
    const r = random()
    let part = ''
    if (r < 0.6) for (let n = 20 + Math.floor(random() * 200); n > 0; n--) part += pick(PRINTABLE)
    else if (r < 0.75) part = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ') + pick('abcdefghijklmnopqrstuvwxyz').repeat(200 + Math.floor(random() * 5000))
    else if (r < 0.9) part = TAGS[Math.floor(random() * TAGS.length)]!
    else for (let n = 100 + Math.floor(random() * 3000); n > 0; n--) part += pick(BASE64)
    parts.push(part)
    length += part.length + 1
  }
  return parts.join(' ').slice(0, size)
}

function junkText(size: number): string {
  const blocks: string[] = []
  for (let at = 0; at < size; at += MB) blocks.push(junkBlock(Math.min(MB, size - at), 7 + at / MB))
  return blocks.join('')
}

async function child(args: ScriptArgs): Promise<void> {
  const kind = args.flags.get('child') as Kind
  const mb = numberFlag(args, 'mb', 1)
  const gnad = kind === 'german' ? gnadFile(args) : undefined
  const text = kind === 'german' ? germanText(mb * MB, gnad) : junkText(mb * MB)
  const { createEngine } = await import('../../src/index.js')
  const engine = createEngine()
  // Whole articles, so that every stage loads its lazily read data before the clock starts.
  const warmUp = new ArticleGenerator(99)
  for (let i = 0; i < 3; i++) engine.tag(warmUp.next()).toJSON()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  engine.tag(text, { maxLength: Infinity }).toJSON()
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const seconds = (performance.now() - t0) / 1000
  const rssMb = process.resourceUsage().maxRSS / 1000
  const source = kind === 'junk' ? 'generated junk' : gnad ? '10kGNAD test articles' : 'generated articles'
  console.log(JSON.stringify({ kind, mb, seconds, cpuSeconds, rssMb, source } satisfies Measure))
}

function growth(values: readonly number[]): number {
  let most = 0
  for (let i = 1; i < values.length; i++) most = Math.max(most, values[i]! / values[i - 1]!)
  return most
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  if (args.flags.has('child')) return child(args)
  const maxMb = numberFlag(args, 'max-mb', 32)
  const repeat = numberFlag(args, 'repeat', 1)
  const sizes: number[] = []
  for (let mb = 1; mb <= maxMb; mb *= 2) sizes.push(mb)
  const script = fileURLToPath(new URL('../bench.ts', import.meta.url))
  const results: Record<string, { sizes: Measure[]; time_growth: number; rss_growth: number }> = {}
  for (const kind of KINDS) {
    const measures: Measure[] = []
    for (const mb of sizes) {
      let best: Measure | undefined
      for (let r = 0; r < Math.max(1, repeat); r++) {
        const out = execFileSync(process.execPath, [...process.execArgv, script, 'scale', '--child', kind, '--mb', String(mb), '--data', args.dataDir], { encoding: 'utf8', maxBuffer: 1 << 20 })
        const run = JSON.parse(out.trim().split('\n').pop()!) as Measure
        if (!best || run.cpuSeconds < best.cpuSeconds) best = run
      }
      const measure = best!
      measures.push(measure)
      if (!args.json) console.log(`${kind.padEnd(6)} ${String(mb).padStart(3)} MB  ${measure.cpuSeconds.toFixed(2).padStart(7)} s CPU  ${measure.seconds.toFixed(2).padStart(7)} s wall  ${measure.rssMb.toFixed(0).padStart(6)} MB RSS  (${measure.source})`)
    }
    const timeGrowth = growth(measures.map((m) => m.cpuSeconds))
    const rssGrowth = growth(measures.map((m) => m.rssMb))
    results[kind] = { sizes: measures, time_growth: Math.round(timeGrowth * 100) / 100, rss_growth: Math.round(rssGrowth * 100) / 100 }
    if (!args.json) console.log(`${kind}: largest growth per doubling: CPU time ${timeGrowth.toFixed(2)}x, RSS ${rssGrowth.toFixed(2)}x (bar ${BAR}x)`)
  }
  const ok = KINDS.every((kind) => results[kind]!.time_growth <= BAR && results[kind]!.rss_growth <= BAR)
  if (args.json) console.log(JSON.stringify({ task: 'scale', bar: BAR, ok, ...results }))
  else console.log(ok ? 'bar met' : 'bar missed')
  if (!ok) process.exitCode = 1
}
