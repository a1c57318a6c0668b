// npm run bench -- memory [--articles 100000] [--every 10000] [--seed 1] [--gate R] [--src] [--json]
// Does a long-running service stay flat? One tagger tags generated articles one after another, each bringing new
// surnames, places, organizations and compounds (scripts/lib/articles.ts), so any cache keyed by word grows unless it
// is bounded. Prints RSS and heapUsed every N articles and the ratio of RSS at the end to RSS at the start, each the
// median of three reports (first and last, with six or more reports; else the first and the last report alone): one
// RSS reading swings by 50 MB from one report to the next while the heap stays flat. The first report, not the start,
// is the baseline so that lazy loading and JIT warm-up do not count as growth. With --gate R the run fails (exit 1)
// when the ratio is above R. MB = 10^6 bytes.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { fail, numberFlag, parseArgs } from '../lib/args.js'
import { ArticleGenerator } from '../lib/articles.js'
import { builtPackage } from './startup.js'

/** A full garbage collection (the flag is set at run time, so the bench needs no node option). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

function positiveInteger(value: number, flag: string): number {
  if (!Number.isInteger(value) || value < 1) fail(`--${flag} must be a positive integer, got ${value}`)
  return value
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const articles = positiveInteger(numberFlag(args, 'articles', 100_000), 'articles')
  const every = positiveInteger(numberFlag(args, 'every', 10_000), 'every')
  const seed = numberFlag(args, 'seed', 1)
  if (args.flags.get('gate') === true) fail('--gate needs a number, e.g. --gate 1.2')
  const gate = args.flags.has('gate') ? numberFlag(args, 'gate', 0) : null

  // The shipped build when there is one, else the sources through tsx; --src measures the sources even then, since a
  // dist/ left from an earlier build does not show what a refactoring of src/ does to memory.
  const dist = args.flags.has('src') ? undefined : builtPackage()
  const { createEngine } = (dist ? await import(dist) : await import('../../src/index.js')) as typeof import('../../src/index.js')
  const engine = createEngine()
  console.log(`schlagwort from ${dist ? 'dist/ (the build)' : 'src/'}, one engine (createEngine().tag)`)
  console.log(`${articles} generated articles (seed ${seed}), new words in every one; report every ${every}`)
  console.log('articles    RSS MB   heap MB   seconds')

  const generator = new ArticleGenerator(seed)
  const rssMb: number[] = []
  const heapMb: number[] = []
  const t0 = performance.now()
  for (let i = 1; i <= articles; i++) {
    engine.tag(generator.next()).toJSON()
    // A last report off the grid too, so that the ratio always ends at the last article.
    if (i % every === 0 || i === articles) {
      // What stays, not what waits for the collector: a full collection before each reading.
      collectGarbage()
      const { rss, heapUsed } = process.memoryUsage()
      rssMb.push(Math.round(rss / 1e5) / 10)
      heapMb.push(Math.round(heapUsed / 1e5) / 10)
      const seconds = (performance.now() - t0) / 1000
      console.log(`${String(i).padStart(8)}   ${rssMb.at(-1)!.toFixed(1).padStart(7)}   ${heapMb.at(-1)!.toFixed(1).padStart(7)}   ${seconds.toFixed(1).padStart(7)}`)
    }
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10
  const ratio = Math.round((edgeMedian(rssMb, 'last') / edgeMedian(rssMb, 'first')) * 1000) / 1000
  const heapRatio = Math.round((edgeMedian(heapMb, 'last') / edgeMedian(heapMb, 'first')) * 1000) / 1000

  console.log(`heap after collection, last ÷ first reports = ${heapRatio.toFixed(3)}`)
  console.log(`RSS last ÷ first reports = ${ratio.toFixed(3)}${gate === null ? '' : ` (ceiling ${gate}) ${ratio <= gate ? 'ok' : 'GREW'}`}`)
  if (gate !== null && !(ratio <= gate)) process.exitCode = 1
  if (args.json) console.log(JSON.stringify({ task: 'memory', articles, every, rss_mb: rssMb, heap_mb: heapMb, ratio, heap_ratio: heapRatio, gate, seconds }))
}

/** Reports taken at each end: the median of the first (or last) EDGE_REPORTS, or the first (last) one alone when there are few. */
const EDGE_REPORTS = 3

function edgeMedian(values: readonly number[], edge: 'first' | 'last'): number {
  if (values.length < 2 * EDGE_REPORTS) return edge === 'first' ? values[0]! : values.at(-1)!
  const part = edge === 'first' ? values.slice(0, EDGE_REPORTS) : values.slice(-EDGE_REPORTS)
  return [...part].sort((a, b) => a - b)[EDGE_REPORTS >> 1]!
}
