// npm run eval -- related --data ../shared/data --split tune --sweep
// How the relatedness defaults were chosen: on the 10kGNAD tuning half only (splitGnad in scripts/lib/gnad.ts), never
// on the report half. One step at a time, each from what the steps before chose, starting from the defaults as they
// were before any of this (exact ranking, idf ln(1+N/df), weights 0.1/0.1/0.8, expand 5), with a rule fixed before
// the sweep was run:
//   1. ranking of query expansion's candidates: exact cosine or shareable norm (search.ts): the alternative only if
//      it gains more than 2 paired standard errors;
//   2. idf form (IDF_FORMS in score.ts): likewise, against ln(1+N/df);
//   3. channel weights on a grid: of the points within 1 paired standard error of the best, the one with the most
//      entity + topic weight (section agreement cannot see what entities are for, telling stories apart, and the
//      issue asks for them to count), then the one with more entity weight;
//   4. expansion count: of the counts within 1 paired standard error of the best, the smallest (cheapest).
// p@10 as in scripts/eval/related.ts (index over the half, each article's 10 most related, share from its section);
// Δ is paired per query against the step's reference, ± its standard error. The quarter columns are the same
// measure on the two quarters of the tuning half (its alternate articles of each section, each its own index), a
// look at how stable a difference is; they take no part in the rules.
import { IDF_FORMS, RelatedIndex, type ChannelWeights, type DocJSON, type IdfForm, type RelatedIndexOptions } from '../../src/index.js'

const K = 10

interface Config {
  idf: IdfForm
  shareable: boolean
  weights: ChannelWeights
  expand: number
}

const START: Config = { idf: 'ln(1+N/df)', shareable: false, weights: { entity: 0.1, topic: 0.1, term: 0.8 }, expand: 5 }

/** Per-query precision@10 of one configuration over an index of `docs`. */
function perQuery(docs: DocJSON[], labels: string[], config: Config): Float64Array {
  const options: RelatedIndexOptions = { weights: config.weights, expand: config.expand, idf: config.idf, expansionNorm: config.shareable ? 'shareable' : 'full' }
  const index = new RelatedIndex(options)
  docs.forEach((doc, i) => index.add(String(i), doc))
  return Float64Array.from(docs, (_, i) => index.related(String(i), { limit: K }).filter((hit) => labels[Number(hit.id)] === labels[i]).length / K)
}

function mean(xs: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < xs.length; i++) sum += xs[i]!
  return sum / Math.max(1, xs.length)
}

/** Mean paired difference a − b and its standard error. */
function paired(a: Float64Array, b: Float64Array): { delta: number; se: number } {
  const d = Array.from(a, (x, i) => x - b[i]!)
  const m = mean(d)
  const variance = d.reduce((sum, x) => sum + (x - m) ** 2, 0) / Math.max(1, d.length - 1)
  return { delta: m, se: Math.sqrt(variance / d.length) }
}

interface Run {
  name: string
  config: Config
  per: Float64Array
  p10: number
  quarters: number[]
}

function describeConfig(config: Config): string {
  const { entity, topic, term } = config.weights
  return `${config.shareable ? 'shareable' : 'exact'}, idf ${config.idf}, weights ${entity}/${topic}/${term}, expand ${config.expand}`
}

export function sweep(docs: DocJSON[], labels: string[]): Config {
  // The quarters: alternate articles of each section within the half.
  const seen = new Map<string, number>()
  const quarterOf = labels.map((label) => {
    const k = seen.get(label) ?? 0
    seen.set(label, k + 1)
    return k % 2
  })
  const quarters = [0, 1].map((q) => {
    const members = labels.map((_, i) => i).filter((i) => quarterOf[i] === q)
    return { docs: members.map((i) => docs[i]!), labels: members.map((i) => labels[i]!) }
  })
  const measure = (name: string, config: Config): Run => {
    const per = perQuery(docs, labels, config)
    return { name, config, per, p10: mean(per), quarters: quarters.map((q) => mean(perQuery(q.docs, q.labels, config))) }
  }
  const show = (runs: Run[], reference: Run) => {
    for (const run of runs) {
      const { delta, se } = paired(run.per, reference.per)
      const diff = run === reference ? 'reference'.padEnd(17) : `Δ ${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(4)} ± ${se.toFixed(4)}`
      console.log(`  ${run.name.padEnd(28)} p@10 ${run.p10.toFixed(4)}  ${diff}  quarters ${run.quarters.map((q) => q.toFixed(4)).join(' ')}`)
    }
  }
  /** Runs within one paired standard error of the best. */
  const nearBest = (runs: Run[]) => {
    const best = runs.reduce((a, b) => (b.p10 > a.p10 ? b : a))
    return runs.filter((run) => run === best || run.p10 >= best.p10 - paired(best.per, run.per).se)
  }
  const gains = (candidate: Run, reference: Run) => {
    const { delta, se } = paired(candidate.per, reference.per)
    return delta > 2 * se
  }

  console.log(`\nsweep on the tuning half (${docs.length} articles; quarters ${quarters.map((q) => q.docs.length).join(' and ')})`)
  let config = { ...START }
  const start = measure('start (old defaults)', config)

  console.log('\n1. how query expansion ranks its candidates')
  const shareable = measure('shareable norm', { ...config, shareable: true })
  show([start, shareable], start)
  if (gains(shareable, start)) config = shareable.config

  console.log('\n2. idf form (what a shared tag counts)')
  const forms = (Object.keys(IDF_FORMS) as IdfForm[]).map((idf) => measure(idf, { ...config, idf }))
  const current = forms.find((run) => run.config.idf === config.idf)!
  show(forms, current)
  const bestForm = forms.reduce((a, b) => (b.p10 > a.p10 ? b : a))
  if (bestForm !== current && gains(bestForm, current)) config = bestForm.config

  console.log('\n3. channel weights (entity/topic/term)')
  const grid: Run[] = []
  for (const entity of [0, 0.05, 0.1, 0.15, 0.2]) {
    for (const topic of [0, 0.05, 0.1, 0.2]) {
      const weights = { entity, topic, term: Math.round((1 - entity - topic) * 100) / 100 }
      grid.push(measure(`${entity}/${topic}/${weights.term}`, { ...config, weights }))
    }
  }
  show(grid, grid.find((run) => run.config.weights.entity === config.weights.entity && run.config.weights.topic === config.weights.topic)!)
  const tags = (run: Run) => run.config.weights.entity + run.config.weights.topic
  config = nearBest(grid).sort((a, b) => tags(b) - tags(a) || b.config.weights.entity - a.config.weights.entity)[0]!.config

  console.log('\n4. expansion count (neighbours lending their tags)')
  const counts = [0, 3, 4, 5, 6, 8, 10].map((expand) => measure(`expand ${expand}`, { ...config, expand }))
  show(counts, counts.find((run) => run.config.expand === config.expand)!)
  config = nearBest(counts).sort((a, b) => a.config.expand - b.config.expand)[0]!.config

  const chosen = measure('chosen', config)
  console.log(`\nchosen: ${describeConfig(config)}`)
  show([start, chosen], start)
  return config
}
