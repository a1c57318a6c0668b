// npm run bench -- related [--pg URL: see related-pg.ts] [--save] [--docs 1000000] [--queries 1000] [--quality-docs 100000] [--quality-queries 200] [--seed 1] [--json]
// Builds a RelatedIndex of synthetic tagged documents (scripts/lib/synthetic.ts: Zipf-skewed tags, documents grouped
// in stories, each with a publication time) and times `--queries` related(id, { limit: 10 }) queries for random
// indexed ids (with the default time preference). RSS is the process's
// peak resident set size (ru_maxrss) at that point, the generator included.
// Then, on a fresh corpus of `--quality-docs` documents, it measures what the common-tag bound (postingCap) and the
// candidate limit cost in quality: the same queries against a bounded index (the defaults) and an exact one
// (postingCap = candidates = Infinity): top-10 overlap, and story precision@10 (share of the top 10 from the query's
// own story) for both, with their query times.
// With --save it then measures saving and loading that index: serialize() time and size, deserialize() time against
// the build from the tagged documents, the JSON form (toJSON, JSON.stringify size, fromJSON of the parsed object),
// and whether the loaded index answers the same queries identically (exit 1 if not).
// Bars at one million documents: p50 ≤ 10 ms, p99 ≤ 50 ms, RSS ≤ 2 GB (exit 1 if missed).
import { RelatedIndex, type RelatedIndexOptions } from '../../src/index.js'
import { numberFlag, parseArgs } from '../lib/args.js'
import { SyntheticCorpus } from '../lib/synthetic.js'
import { seededRandom } from '../lib/random.js'

const LIMIT = 10

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

function peakRssMb(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6
}

function build(corpus: SyntheticCorpus, docs: number, options: RelatedIndexOptions, progress: boolean): RelatedIndex {
  const index = new RelatedIndex(options)
  for (let i = 0; i < docs; i++) {
    const { id, doc, publishedAt } = corpus.doc(i)
    index.add(id, doc, { publishedAt })
    if (progress && (i + 1) % 100_000 === 0) process.stderr.write(`\rindexed ${i + 1} documents`)
  }
  if (progress) process.stderr.write('\n')
  return index
}

function queryIds(docs: number, queries: number, seed: number): number[] {
  const random = seededRandom(seed + 17)
  return Array.from({ length: queries }, () => Math.floor(random() * docs))
}

function timeQueries(index: RelatedIndex, ids: number[]): { times: number[]; results: string[][] } {
  const times: number[] = []
  const results: string[][] = []
  for (const i of ids) {
    const t0 = performance.now()
    const hits = index.related(`d${i}`, { limit: LIMIT })
    times.push(performance.now() - t0)
    results.push(hits.map((hit) => hit.id))
  }
  return { times, results }
}

function quality(docs: number, queries: number, seed: number) {
  const corpus = new SyntheticCorpus(docs, seed + 1)
  const ids = queryIds(docs, queries, seed)
  const storyOf = (id: string) => corpus.doc(Number(id.slice(1))).story
  const measure = (options: RelatedIndexOptions) => {
    const index = build(corpus, docs, options, false)
    const { times, results } = timeQueries(index, ids)
    let same = 0
    results.forEach((list, q) => {
      const story = corpus.doc(ids[q]!).story
      for (const id of list) if (storyOf(id) === story) same++
    })
    const sorted = [...times].sort((a, b) => a - b)
    return { results, p10: same / (queries * LIMIT), p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) }
  }
  const bounded = measure({})
  const exact = measure({ postingCap: Infinity, candidates: Infinity })
  let overlap = 0
  bounded.results.forEach((list, q) => {
    const reference = new Set(exact.results[q])
    overlap += list.filter((id) => reference.has(id)).length / Math.max(1, Math.min(LIMIT, reference.size))
  })
  return { docs, overlap: overlap / queries, bounded, exact }
}

const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000

/** Times and sizes of the binary and the JSON form of `index`, and whether a deserialized copy answers the same. */
function measureSaving(index: RelatedIndex, ids: number[]) {
  let t0 = performance.now()
  const bytes = index.serialize()
  const serialize_s = seconds(t0)
  t0 = performance.now()
  const loaded = RelatedIndex.deserialize(bytes)
  const deserialize_s = seconds(t0)
  const identical = ids.every((i) => JSON.stringify(loaded.related(`d${i}`, { limit: LIMIT })) === JSON.stringify(index.related(`d${i}`, { limit: LIMIT })))
  t0 = performance.now()
  const json = index.toJSON()
  const to_json_s = seconds(t0)
  let json_mb: number | null = null
  try {
    json_mb = Math.round(JSON.stringify(json).length / 1e6)
  } catch {
    // RangeError: Invalid string length: the JSON of a large index does not fit in one string.
  }
  t0 = performance.now()
  RelatedIndex.fromJSON(json)
  const from_json_s = seconds(t0)
  return { serialize_s, deserialize_s, bytes_mb: Math.round(bytes.length / 1e6), json_mb, to_json_s, from_json_s, identical }
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  // --pg URL: the PostgreSQL store instead (related-pg.ts), on the same synthetic documents.
  if (args.flags.has('pg')) return (await import('./related-pg.js')).run(argv)
  const docs = numberFlag(args, 'docs', 1_000_000)
  const queries = numberFlag(args, 'queries', 1000)
  const qualityDocs = numberFlag(args, 'quality-docs', 100_000)
  // Exact queries (no bound) take most of a second each at 100,000 documents: a few hundred say enough.
  const qualityQueries = numberFlag(args, 'quality-queries', 200)
  const seed = numberFlag(args, 'seed', 1)

  const corpus = new SyntheticCorpus(docs, seed)
  const t0 = performance.now()
  let index: RelatedIndex | undefined = build(corpus, docs, {}, process.stderr.isTTY === true)
  const buildSeconds = (performance.now() - t0) / 1000
  const { times } = timeQueries(index, queryIds(docs, queries, seed))
  const sorted = [...times].sort((a, b) => a - b)
  const p50 = percentile(sorted, 0.5)
  const p99 = percentile(sorted, 0.99)
  const rss = peakRssMb()
  const saving = args.flags.has('save') ? measureSaving(index, queryIds(docs, queries, seed)) : undefined
  index = undefined
  console.log(`synthetic index: ${docs} documents built in ${buildSeconds.toFixed(1)} s; ${queries} queries: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, mean ${(times.reduce((a, b) => a + b, 0) / queries).toFixed(2)} ms; peak RSS ${rss.toFixed(0)} MB`)

  const q = quality(qualityDocs, qualityQueries, seed)
  console.log(`\ncommon-tag bound on ${q.docs} documents, ${qualityQueries} queries (defaults vs exact: postingCap = candidates = Infinity):`)
  console.log(`  top-10 overlap with exact: ${(q.overlap * 100).toFixed(1)} %`)
  console.log(`  story p@10: bounded ${q.bounded.p10.toFixed(4)}, exact ${q.exact.p10.toFixed(4)}`)
  console.log(`  query ms p50/p99: bounded ${q.bounded.p50.toFixed(2)}/${q.bounded.p99.toFixed(2)}, exact ${q.exact.p50.toFixed(2)}/${q.exact.p99.toFixed(2)}`)

  if (saving) {
    const { serialize_s, deserialize_s, bytes_mb, json_mb, to_json_s, from_json_s, identical } = saving
    console.log(`\nsaving: serialize() ${serialize_s} s, ${bytes_mb} MB; deserialize() ${deserialize_s} s (build from tagged documents ${buildSeconds.toFixed(1)} s); ` +
      `JSON: toJSON() ${to_json_s} s, ${json_mb === null ? 'JSON.stringify fails (longer than the longest string)' : `${json_mb} MB`}, fromJSON(object) ${from_json_s} s; ` +
      `${queries} queries after deserialize: ${identical ? 'identical' : 'DIFFERENT'}`)
    if (!identical) process.exitCode = 1
  }
  const bars = docs >= 1_000_000 ? [p50 <= 10, p99 <= 50, rss <= 2000] : []
  if (bars.includes(false)) console.log(`\nbars (p50 ≤ 10 ms, p99 ≤ 50 ms, RSS ≤ 2000 MB): MISSED`)
  if (args.json) {
    const r = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d
    console.log(JSON.stringify({ task: 'related', docs, build_s: r(buildSeconds, 1), p50_ms: r(p50), p99_ms: r(p99), rss_mb: Math.round(rss), ...(saving ? { saving } : {}), pruning: { docs: q.docs, overlap: r(q.overlap, 4), p10_bounded: r(q.bounded.p10, 4), p10_exact: r(q.exact.p10, 4) } }))
  }
  if (bars.includes(false)) process.exitCode = 1
}
