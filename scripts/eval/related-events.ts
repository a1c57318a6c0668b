// npm run eval -- related --events-only [--sweep] [--json]     (also part of every `npm run eval -- related` run)
// Same-event evaluation of the related-article index on the own set test/fixtures/events/events.jsonl (issue 11;
// its README describes it): 19 invented events with 3–5 reports each and 49 distractors that share names, places
// or topic with an event. It lives in the repository, so this part needs no --data: `--events-only` runs it alone,
// before anything reads ../shared (related.ts returns before reading 10kGNAD).
//
// Each document is title + "\n\n" + text. Queries: every report of an event (72); collection: all 121 documents;
// relevant: the other reports of the query's event. Per query, over its 10 best hits:
//   MRR  1/rank of the first same-event hit (0 if none in the 10);
//   P@k  share of same-event hits among the first k, k = event size − 1 (so 1.0 is reachable);
//   R@10 share of the event's other reports found in the 10.
// Methods: ours (RelatedIndex, no dates), ours_dated (add() with publishedAt, the default time preference),
// tfidf and bm25 (scripts/lib/baselines.ts, brute force), and tfidf_time / bm25_time: their top 60 re-ranked by
// score × exp(−|Δdays| / 30), the plain time prior the dated index has to beat (bar, exit 1 when missed).
//
// Whether the index's dates take effect is probed at run time (datesSupported); if not (the API before issue 11, or
// a default without time preference), ours_dated reads "dates: not supported yet" and the bar is not checked.
//
// --sweep: chooseHalfLife(), cross-validation of the recency half-life over EVENTS (reports of one event are never
// split between training and test): 5 folds by sorted slug, round robin; each fold gets the grid value that is best
// on the other folds' queries, and its own queries are scored with it. The collection is always all documents.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { RelatedIndex, tag, type DocJSON, type SharedTag } from '../../src/index.js'
import { baselineTokens, bm25Bows, bowCosine, dot, rankAll, tfidfVectors } from '../lib/baselines.js'

const EVENTS_FILE = fileURLToPath(new URL('../../test/fixtures/events/events.jsonl', import.meta.url))
const K = 10
const PRIOR_POOL = 60
const PRIOR_DAYS = 30
const DAY_MS = 86_400_000
const FOLDS = 5
const HALF_LIVES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 60]
const MISSES_SHOWN = 5

interface Report {
  id: string
  event: string | null
  publishedAt: string
  outlet: string
  title: string
  text: string
}

export interface Score {
  mrr: number
  pk: number
  r10: number
}
export const METHODS = ['ours', 'ours_dated', 'tfidf', 'bm25', 'tfidf_time', 'bm25_time'] as const
export type Method = (typeof METHODS)[number]

export interface Miss {
  query: string
  first: string
  /** Rank of the first same-event hit in the 10, 0 if none. */
  firstRelevant: number
  shared: string[]
}
export interface HalfLifeCV {
  folds: Array<{ events: string[]; halfLifeDays: number; score: Score }>
  cv: Score
  /** The grid value the whole set prefers, with each grid value's mean(MRR, P@k) over all queries. */
  wholeSet: number
  grid: Array<{ halfLifeDays: number; objective: number }>
}
export interface EventsResult {
  documents: number
  queries: number
  datesSupported: boolean
  scores: Record<Method, Score | null>
  /** Queries of the dated index (or the undated one, without date support) whose first hit is from another event. */
  misses: Miss[]
  missesFrom: 'ours_dated' | 'ours'
  halfLife?: HalfLifeCV
}

function readReports(file: string): Report[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Report)
}

/** Per-query MRR, P@k and R@10 of a ranked id list. */
function scoreQuery(query: Report, ranked: string[], eventOf: Map<string, string | null>, eventSize: Map<string, number>): Score {
  const relevant = eventSize.get(query.event!)! - 1
  const isRelevant = (id: string) => eventOf.get(id) === query.event
  const top = ranked.slice(0, K)
  const first = top.findIndex(isRelevant)
  return {
    mrr: first < 0 ? 0 : 1 / (first + 1),
    pk: top.slice(0, relevant).filter(isRelevant).length / relevant,
    r10: top.filter(isRelevant).length / relevant,
  }
}

function meanScore(scores: Score[]): Score {
  const sum = (key: keyof Score) => scores.reduce((total, score) => total + score[key], 0) / (scores.length || 1)
  return { mrr: sum('mrr'), pk: sum('pk'), r10: sum('r10') }
}

const objective = (score: Score) => (score.mrr + score.pk) / 2

/**
 * Whether the index takes dates: three copies of one document, the query and a far one (10 years later) and a near
 * one (same day). Without dates they tie and the far one wins on id order; with a time preference the near one wins.
 */
function datesSupported(doc: DocJSON): boolean {
  try {
    const index = new RelatedIndex()
    index.add('probe-query', doc, { publishedAt: '2024-01-01T12:00:00Z' })
    index.add('probe-a-far', doc, { publishedAt: '2034-01-01T12:00:00Z' })
    index.add('probe-b-near', doc, { publishedAt: '2024-01-01T12:00:00Z' })
    return index.related('probe-query', { limit: 2, recency: { halfLifeDays: 30 } })[0]?.id === 'probe-b-near'
  } catch {
    return false
  }
}

/** A shared tag as the misses list shows it: its label when SharedTag has one (planned, not there yet), else its id. */
function sharedName(shared: SharedTag): string {
  return `${(shared as SharedTag & { label?: string }).label ?? shared.id} ${shared.contribution.toFixed(3)}`
}

/** Brute-force ranking, optionally re-ranked by the time prior over its top PRIOR_POOL. */
function baselineRanking(reports: Report[], times: number[], similarity: (i: number, j: number) => number, prior: boolean): (i: number) => string[] {
  return (i) => {
    let ranked = rankAll(reports.length, i, similarity)
    if (prior) {
      ranked = ranked.slice(0, PRIOR_POOL).map(([j, score]): [number, number] => [j, score * Math.exp(-Math.abs(times[i]! - times[j]!) / DAY_MS / PRIOR_DAYS)])
      ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    }
    return ranked.slice(0, K).map(([j]) => reports[j]!.id)
  }
}

/** Picks the recency half-life by cross-validation over events (see the file header). Per-query scores per grid value first, so each index query runs once. */
function chooseHalfLife(index: RelatedIndex, queries: Report[], score: (query: Report, ranked: string[]) => Score): HalfLifeCV {
  const perGrid = HALF_LIVES.map((halfLifeDays) => queries.map((q) => score(q, index.related(q.id, { limit: K, recency: { halfLifeDays } }).map((hit) => hit.id))))
  const slugs = [...new Set(queries.map((q) => q.event!))].sort()
  const foldOf = new Map(slugs.map((slug, i) => [slug, i % FOLDS]))
  // The grid index with the best mean(MRR, P@k) over the picked queries; ties go to the longer half-life, the milder preference.
  const best = (pick: (q: Report) => boolean) => {
    const values = perGrid.map((scores) => objective(meanScore(scores.filter((_, i) => pick(queries[i]!)))))
    return values.lastIndexOf(Math.max(...values))
  }
  const folds: HalfLifeCV['folds'] = []
  const tested: Score[] = []
  for (let fold = 0; fold < FOLDS; fold++) {
    const g = best((q) => foldOf.get(q.event!) !== fold)
    const own = perGrid[g]!.filter((_, i) => foldOf.get(queries[i]!.event!) === fold)
    tested.push(...own)
    folds.push({ events: slugs.filter((slug) => foldOf.get(slug) === fold), halfLifeDays: HALF_LIVES[g]!, score: meanScore(own) })
  }
  const grid = HALF_LIVES.map((halfLifeDays, g) => ({ halfLifeDays, objective: objective(meanScore(perGrid[g]!)) }))
  return { folds, cv: meanScore(tested), wholeSet: HALF_LIVES[best(() => true)]!, grid }
}

export async function measureEvents(options: { file?: string; sweep?: boolean } = {}): Promise<EventsResult> {
  const reports = readReports(options.file ?? EVENTS_FILE)
  const texts = reports.map((r) => `${r.title}\n\n${r.text}`)
  const docs = texts.map((text) => tag(text).toJSON())
  const times = reports.map((r) => Date.parse(r.publishedAt))
  const eventOf = new Map(reports.map((r) => [r.id, r.event]))
  const eventSize = new Map<string, number>()
  for (const r of reports) if (r.event !== null) eventSize.set(r.event, (eventSize.get(r.event) ?? 0) + 1)
  const queries = reports.map((r, i) => ({ r, i })).filter(({ r }) => r.event !== null)
  const score = (query: Report, ranked: string[]) => scoreQuery(query, ranked, eventOf, eventSize)
  const measure = (rank: (i: number) => string[]) => meanScore(queries.map(({ r, i }) => score(r, rank(i))))

  const plain = new RelatedIndex()
  docs.forEach((doc, i) => plain.add(reports[i]!.id, doc))
  const dated = new RelatedIndex()
  docs.forEach((doc, i) => dated.add(reports[i]!.id, doc, { publishedAt: reports[i]!.publishedAt }))
  const supported = datesSupported(docs[0]!)
  const missesFrom = supported ? 'ours_dated' : 'ours'
  const hitsOf = (i: number) => (supported ? dated : plain).related(reports[i]!.id, { limit: K })

  const tokens = texts.map(baselineTokens)
  const tfidf = await tfidfVectors(tokens)
  const bows = await bm25Bows(tokens)
  const cosine = await bowCosine()
  const tfidfSimilarity = (i: number, j: number) => dot(tfidf[i]!, tfidf[j]!)
  const bm25Similarity = (i: number, j: number) => cosine(bows[i]!, bows[j]!)
  const scores: Record<Method, Score | null> = {
    ours: measure((i) => plain.related(reports[i]!.id, { limit: K }).map((hit) => hit.id)),
    ours_dated: supported ? measure((i) => hitsOf(i).map((hit) => hit.id)) : null,
    tfidf: measure(baselineRanking(reports, times, tfidfSimilarity, false)),
    bm25: measure(baselineRanking(reports, times, bm25Similarity, false)),
    tfidf_time: measure(baselineRanking(reports, times, tfidfSimilarity, true)),
    bm25_time: measure(baselineRanking(reports, times, bm25Similarity, true)),
  }

  const misses: Miss[] = []
  for (const { r, i } of queries) {
    const hits = hitsOf(i)
    const first = hits[0]
    if (misses.length >= MISSES_SHOWN || first === undefined || eventOf.get(first.id) === r.event) continue
    const firstRelevant = hits.findIndex((hit) => eventOf.get(hit.id) === r.event) + 1
    misses.push({ query: r.id, first: first.id, firstRelevant, shared: first.shared.slice(0, 3).map(sharedName) })
  }

  const result: EventsResult = { documents: reports.length, queries: queries.length, datesSupported: supported, scores, misses, missesFrom }
  if (options.sweep && supported) result.halfLife = chooseHalfLife(dated, queries.map(({ r }) => r), score)
  return result
}

/** Prints the table, the first-hit misses and (after --sweep) the cross-validation. */
export function printEvents(result: EventsResult, sweep = false): void {
  console.log(`\nown same-event set (test/fixtures/events: ${result.documents} documents, ${result.queries} queries; P@k with k = event size − 1)`)
  console.log('method       MRR     P@k     R@10')
  for (const method of METHODS) {
    const score = result.scores[method]
    const cells = score === null ? 'dates: not supported yet' : [score.mrr, score.pk, score.r10].map((x) => x.toFixed(3).padEnd(7)).join(' ')
    console.log(`${method.padEnd(12)} ${cells}`)
  }
  console.log(`\n${result.missesFrom}: queries whose first hit is from another event (first ${MISSES_SHOWN}; first same-event rank, 0 = not in the ${K}):`)
  if (result.misses.length === 0) console.log('  none')
  for (const miss of result.misses) console.log(`  ${miss.query} → ${miss.first} (same event at ${miss.firstRelevant}); shared: ${miss.shared.join(', ')}`)
  if (!sweep) return
  const cv = result.halfLife
  if (cv === undefined) {
    console.log('\nrecency half-life cross-validation: dates: not supported yet')
    return
  }
  console.log(`\nrecency half-life, ${FOLDS}-fold cross-validation over events (grid ${HALF_LIVES.join(', ')} days; chosen by mean(MRR, P@k)):`)
  cv.folds.forEach((fold, f) => console.log(`  fold ${f + 1}: ${String(fold.halfLifeDays).padStart(2)} days  MRR ${fold.score.mrr.toFixed(3)}  P@k ${fold.score.pk.toFixed(3)}  (${fold.events.join(', ')})`))
  console.log(`  cross-validated: MRR ${cv.cv.mrr.toFixed(3)}  P@k ${cv.cv.pk.toFixed(3)}  R@10 ${cv.cv.r10.toFixed(3)}`)
  console.log(`  whole set prefers ${cv.wholeSet} days; mean(MRR, P@k) by half-life: ${cv.grid.map((g) => `${g.halfLifeDays}: ${g.objective.toFixed(3)}`).join(', ')}`)
}

/** Bar: the dated index at least as good as BM25 with the time prior, on MRR and on P@k. Only with date support. */
export function eventsBar(result: EventsResult): boolean {
  const { ours_dated: ours, bm25_time: bm25 } = result.scores
  if (ours === null || bm25 === null) {
    console.log('bar (own same-event set): dates: not supported yet, not checked')
    return true
  }
  const passed = ours.mrr >= bm25.mrr && ours.pk >= bm25.pk
  console.log(`bar (own same-event set): ours_dated MRR ${ours.mrr.toFixed(3)} / P@k ${ours.pk.toFixed(3)} ≥ bm25_time ${bm25.mrr.toFixed(3)} / ${bm25.pk.toFixed(3)}: ${passed ? 'met' : 'MISSED'}`)
  return passed
}

const round3 = (x: number) => Math.round(x * 1000) / 1000
const rounded = (score: Score | null) => (score === null ? null : { mrr: round3(score.mrr), pk: round3(score.pk), r10: round3(score.r10) })

/** The `events` object of the JSON line (3 decimals; null for ours_dated without date support). */
export function eventsJSON(result: EventsResult): Record<string, unknown> {
  const json: Record<string, unknown> = { queries: result.queries }
  for (const method of METHODS) json[method] = rounded(result.scores[method])
  return json
}

/** The cross-validation for the JSON line, when --sweep ran it. */
export function halfLifeJSON(result: EventsResult): Record<string, unknown> | undefined {
  const cv = result.halfLife
  if (cv === undefined) return undefined
  return { folds: cv.folds.map((fold) => fold.halfLifeDays), cv: rounded(cv.cv), whole_set: cv.wholeSet }
}
