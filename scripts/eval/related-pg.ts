// npm run eval -- related-pg --pg URL [--data dir] [--table eval_related_pg] [--json]
// The PostgreSQL store against the in-memory RelatedIndex on 10kGNAD test.csv (1,028 DER STANDARD articles in 9
// sections; CC BY-NC-SA 4.0: evaluation only, the tables are dropped afterwards): every article is added to both, in
// the same order, then each is queried for its 10 most related others in both. Reports the top-10 overlap (share of
// the in-memory list the store returns too), precision@10 (same section) of each, and how many lists are identical
// with the same scores. Bars (exit 1 when missed): overlap ≥ 98 %, |p@10 store − p@10 index| ≤ 0.005.
import pg from 'pg'
import { RelatedIndex, tag, type RelatedHit } from '../../src/index.js'
import { createRelatedStore } from '../../src/postgres/index.js'
import { fail, parseArgs } from '../lib/args.js'
import { readGnad } from '../lib/gnad.js'

const K = 10

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const url = args.flags.get('pg')
  if (typeof url !== 'string') fail('usage: npm run eval -- related-pg --pg postgres://… [--data dir] [--json]')
  const table = String(args.flags.get('table') ?? 'eval_related_pg')
  const articles = readGnad(args)
  const docs = articles.map((article) => tag(article.text).toJSON())
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const drop = () => pool.query(`DROP TABLE IF EXISTS "${table}", "${table}_tags", "${table}_postings", "${table}_meta"; DROP SEQUENCE IF EXISTS "${table}_seq"`)
  await drop()
  const store = createRelatedStore({ pool, table })
  const index = new RelatedIndex()
  try {
    await store.migrate()
    await store.addMany(docs.map((doc, i) => ({ id: String(i), doc })))
    docs.forEach((doc, i) => index.add(String(i), doc))
    let overlap = 0
    let identical = 0
    const hits = { store: 0, index: 0 }
    const sameSection = (i: number, list: RelatedHit[]) => list.filter((hit) => articles[Number(hit.id)]!.label === articles[i]!.label).length
    const t0 = performance.now()
    for (let i = 0; i < docs.length; i++) {
      const fromStore = await store.related(String(i), { limit: K })
      const fromIndex = index.related(String(i), { limit: K })
      const ids = new Set(fromStore.map((hit) => hit.id))
      overlap += fromIndex.filter((hit) => ids.has(hit.id)).length / Math.max(1, fromIndex.length)
      if (JSON.stringify(fromStore) === JSON.stringify(fromIndex)) identical++
      hits.store += sameSection(i, fromStore)
      hits.index += sameSection(i, fromIndex)
    }
    const ms = (performance.now() - t0) / docs.length
    const n = docs.length
    const result = { articles: n, overlap: overlap / n, p10_store: hits.store / (n * K), p10_index: hits.index / (n * K), identical }
    console.log(`10kGNAD test.csv, ${n} articles: top-10 overlap store vs in-memory ${(100 * result.overlap).toFixed(2)} %, ` +
      `p@10 store ${result.p10_store.toFixed(4)}, in-memory ${result.p10_index.toFixed(4)}; identical lists (ids, scores, shared tags) ${identical} of ${n}; ${ms.toFixed(1)} ms per pair of queries`)
    const passed = result.overlap >= 0.98 && Math.abs(result.p10_store - result.p10_index) <= 0.005
    if (!passed) console.log('bars (overlap ≥ 98 %, p@10 within 0.005): MISSED')
    if (args.json) console.log(JSON.stringify({ task: 'related-pg', ...result, passed }))
    if (!passed) process.exitCode = 1
  } finally {
    await drop()
    await pool.end()
  }
}
