// npm run bench -- related --pg URL [--docs 1000000] [--clients 4] [--queries 1000] [--threads] [--check 0] [--batch N] [--table bench_related] [--reuse] [--json]
// The PostgreSQL store on the synthetic documents of scripts/lib/synthetic.ts (the in-memory bench's corpus): bulk
// load through addMany (the store's batch size unless --batch says otherwise) and VACUUM ANALYZE, then `--queries` related(id, { limit: 10 })
// queries for random ids from `--clients` concurrent clients (each a store with its own connection, as service
// instances would be), and the server's size of the store's tables per document. With --check N, N queries are
// also answered by an in-memory RelatedIndex of the same documents and must be identical (exit 1 if not).
// Bars at one million documents: load ≥ 3,000 documents/s, p50 ≤ 30 ms, p99 ≤ 150 ms (exit 1 if missed).
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import { RelatedIndex } from '../../src/index.js'
import { createRelatedStore, type RelatedStore } from '../../src/postgres/index.js'
import { fail, numberFlag, parseArgs } from '../lib/args.js'
import { seededRandom } from '../lib/random.js'
import { SyntheticCorpus } from '../lib/synthetic.js'

const LIMIT = 10

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

async function load(store: RelatedStore, corpus: SyntheticCorpus, docs: number, progress: boolean): Promise<number> {
  const t0 = performance.now()
  async function* items() {
    for (let i = 0; i < docs; i++) {
      if (progress && i % 50_000 === 0 && i > 0) process.stderr.write(`\rloaded ${i} documents, ${Math.round(i / ((performance.now() - t0) / 1000))}/s`)
      yield corpus.doc(i)
    }
  }
  await store.addMany(items())
  if (progress) process.stderr.write('\n')
  return (performance.now() - t0) / 1000
}

/** The queries from `clients` threads, each with its own store (as separate service instances): sorted times. */
async function timeThreads(url: string, table: string, clients: number, ids: number[], warmup: number): Promise<number[]> {
  // A worker does not inherit this process's TypeScript loader: it registers tsx first.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./related-pg-client.ts', import.meta.url).href)}) })`
  const workers = Array.from({ length: clients }, (_, c) => new Worker(boot, { eval: true, workerData: { url, table, ids: ids.filter((_, k) => k % clients === c), warmup } }))
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))))
  const done = workers.map((worker) => new Promise<number[]>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject) }))
  for (const worker of workers) worker.postMessage('go')
  const times = (await Promise.all(done)).flat()
  return times.sort((a, b) => a - b)
}

async function timeQueries(stores: RelatedStore[], ids: number[]): Promise<number[]> {
  const times: number[] = []
  let next = 0
  await Promise.all(stores.map(async (store) => {
    while (next < ids.length) {
      const id = `d${ids[next++]!}`
      const t0 = performance.now()
      await store.related(id, { limit: LIMIT })
      times.push(performance.now() - t0)
    }
  }))
  return times.sort((a, b) => a - b)
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const url = args.flags.get('pg')
  if (typeof url !== 'string') fail('usage: npm run bench -- related --pg postgres://… [--docs N] [--clients 4] [--queries 1000] [--check N]')
  const docs = numberFlag(args, 'docs', 1_000_000)
  const clients = numberFlag(args, 'clients', 4)
  const queries = numberFlag(args, 'queries', 1000)
  const check = numberFlag(args, 'check', 0)
  const seed = numberFlag(args, 'seed', 1)
  const table = String(args.flags.get('table') ?? 'bench_related')
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const loader = createRelatedStore({ pool, table, ...(args.flags.has('batch') ? { batchSize: numberFlag(args, 'batch', 0) } : {}) })
  const corpus = new SyntheticCorpus(docs, seed)
  // --reuse: query the tables an earlier run loaded (when they hold `docs` documents) instead of loading anew.
  const reuse = args.flags.has('reuse') && (await loader.size().catch(() => -1)) === docs
  let loadSeconds = NaN
  let vacuumSeconds = NaN
  if (!reuse) {
    await pool.query(`DROP TABLE IF EXISTS "${table}", "${table}_tags", "${table}_postings", "${table}_meta"; DROP SEQUENCE IF EXISTS "${table}_seq"`)
    await loader.migrate()
    loadSeconds = await load(loader, corpus, docs, process.stderr.isTTY === true || args.flags.has('progress'))
    const t0 = performance.now()
    for (const suffix of ['', '_tags', '_postings', '_meta']) await pool.query(`VACUUM ANALYZE "${table}${suffix}"`)
    vacuumSeconds = (performance.now() - t0) / 1000
  }
  let t0 = performance.now()
  const sizes = await pool.query<{ bytes: string }>(`SELECT sum(pg_total_relation_size(c))::bigint AS bytes FROM unnest($1::regclass[]) AS c`, [['', '_tags', '_postings', '_meta'].map((s) => `"${table}${s}"`)])
  const bytesPerDoc = Number(sizes.rows[0]!.bytes) / docs

  const random = seededRandom(seed + 17)
  const ids = Array.from({ length: queries }, () => Math.floor(random() * docs))
  const stores = Array.from({ length: clients }, () => createRelatedStore({ connectionString: url, table }))
  // --threads: each client on a thread of its own; else all in this one (their JavaScript shares one core).
  const threads = args.flags.has('threads')
  if (!threads) await timeQueries(stores, ids.slice(0, Math.min(50, queries))) // connections made, plans cached
  t0 = performance.now()
  const times = threads ? await timeThreads(url, table, clients, [...ids.slice(0, 50), ...ids], Math.ceil(50 / clients)) : await timeQueries(stores, ids)
  const wall = (performance.now() - t0) / 1000
  const p50 = percentile(times, 0.5)
  const p99 = percentile(times, 0.99)
  console.log(`postgres store: ${docs} synthetic documents ${reuse ? 'already loaded' : `loaded in ${loadSeconds.toFixed(1)} s (${Math.round(docs / loadSeconds)} documents/s), VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s`}; ` +
    `${(bytesPerDoc / 1024).toFixed(2)} KB per document on the server; ${queries} queries from ${clients} clients${threads ? ' on their own threads' : ''}: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${Math.round(queries / wall)} queries/s`)

  let identical: boolean | undefined
  if (check > 0) {
    const index = new RelatedIndex()
    for (let i = 0; i < docs; i++) {
      const { id, doc, publishedAt } = corpus.doc(i)
      index.add(id, doc, { publishedAt })
    }
    let same = 0
    for (const i of ids.slice(0, check)) if (JSON.stringify(await stores[0]!.related(`d${i}`)) === JSON.stringify(index.related(`d${i}`))) same++
    identical = same === Math.min(check, ids.length)
    console.log(`same answers as the in-memory index: ${same} of ${Math.min(check, ids.length)} queries identical`)
  }
  await Promise.all([...stores.map((store) => store.close()), pool.end()])
  const bars = docs >= 1_000_000 ? [reuse || docs / loadSeconds >= 3000, p50 <= 30, p99 <= 150] : []
  if (bars.includes(false)) console.log('bars (load ≥ 3,000 documents/s, p50 ≤ 30 ms, p99 ≤ 150 ms): MISSED')
  if (args.json) {
    const r = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d
    console.log(JSON.stringify({ task: 'related-pg', docs, clients, threads, ...(reuse ? {} : { load_docs_per_s: Math.round(docs / loadSeconds), vacuum_s: r(vacuumSeconds) }), p50_ms: r(p50), p99_ms: r(p99), bytes_per_doc: Math.round(bytesPerDoc), ...(identical === undefined ? {} : { identical }) }))
  }
  if (bars.includes(false) || identical === false) process.exitCode = 1
}
