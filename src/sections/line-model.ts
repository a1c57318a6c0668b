// The learnt part of sectioning: how likely each line is article text, from its plain-text features (features.ts),
// in two logistic regressions: the first reads the line's own features, the second those again plus what the first
// says of the lines around it (an article line stands among article lines; jusText's context step, learnt). Then the
// few numbers the layout reads off the result (core.ts). Fitted by `npm run train -- --sections` on boilerplate-de
// (see corpora/README.md); loaded once, on first use.
import { corporaFile } from '../lexicon/index.js'
import { FEATURE_COUNT, LINE_FEATURES } from './features.js'
import { meansAround } from './windows.js'

/** The second stage's extra inputs, from the first stage's probabilities of the lines around. */
export const CONTEXT_FEATURES: readonly string[] = Object.freeze(['before1', 'after1', 'around3', 'around8', 'nearMax'])
const CONTEXT_COUNT = CONTEXT_FEATURES.length

export interface LineModel {
  features: readonly string[]
  /** First stage: FEATURE_COUNT weights. */
  weights: readonly number[]
  bias: number
  /** Second stage: FEATURE_COUNT + CONTEXT_COUNT weights. */
  contextWeights: readonly number[]
  contextBias: number
  /** A line counts for the article core when its probability is above this … */
  threshold: number
  /** … or above this share of the page's likeliest text line, when that is lower (0: off). */
  relative: number
  /** A line of `unit` characters weighs 1 in the core's sum; longer lines weigh more, up to `cap`. */
  unit: number
  cap: number
  /** Lines below the threshold count this much of their shortfall: less than 1 lets the core bridge short gaps. */
  gapScale: number
  /** Beyond the core, where it may grow (core.ts), a line counts for it above this probability … */
  extendThreshold: number
  /** … and this much of its shortfall below. */
  extendScale: number
  /** Inside the core, a short line below this probability is cut out as debris. */
  keep: number
}

let bundled: LineModel | undefined

/** The model shipped in corpora/sections/line-model.json, checked against the features the code computes. */
export function bundledLineModel(): LineModel {
  bundled ??= checkLineModel(JSON.parse(corporaFile('sections/line-model.json')) as LineModel)
  return bundled
}

export function checkLineModel(model: LineModel): LineModel {
  const same = model.features.length === FEATURE_COUNT && model.features.every((name, i) => name === LINE_FEATURES[i])
  if (!same || model.weights.length !== FEATURE_COUNT || model.contextWeights.length !== FEATURE_COUNT + CONTEXT_COUNT) {
    throw new Error('section line model: its features differ from the code (retrain it with `npm run train -- --sections --data ../shared/data`)')
  }
  return Object.freeze(model)
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** The first stage's probability of each line. */
export function ownProbabilities(model: Pick<LineModel, 'weights' | 'bias'>, rows: Float64Array, count: number): Float64Array {
  const out = new Float64Array(count)
  const { weights, bias } = model
  for (let i = 0; i < count; i++) {
    let z = bias
    const at = i * FEATURE_COUNT
    for (let f = 0; f < FEATURE_COUNT; f++) z += weights[f]! * rows[at + f]!
    out[i] = sigmoid(z)
  }
  return out
}

/** Per line, CONTEXT_COUNT numbers from the first stage's probabilities around it. */
export function contextRows(own: Float64Array): Float64Array {
  const n = own.length
  const around3 = meansAround((i) => own[i]!, n, 3)
  const around8 = meansAround((i) => own[i]!, n, 8)
  const rows = new Float64Array(n * CONTEXT_COUNT)
  for (let i = 0; i < n; i++) {
    const at = i * CONTEXT_COUNT
    rows[at] = i > 0 ? own[i - 1]! : 0
    rows[at + 1] = i + 1 < n ? own[i + 1]! : 0
    rows[at + 2] = around3[i]!
    rows[at + 3] = around8[i]!
    let most = 0
    for (let k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) if (k !== i && own[k]! > most) most = own[k]!
    rows[at + 4] = most
  }
  return rows
}

/** The probability that each line is article text (both stages). */
export function lineProbabilities(model: LineModel, rows: Float64Array, count: number): Float64Array {
  const context = contextRows(ownProbabilities(model, rows, count))
  const out = new Float64Array(count)
  const { contextWeights: weights, contextBias: bias } = model
  for (let i = 0; i < count; i++) {
    let z = bias
    const at = i * FEATURE_COUNT
    for (let f = 0; f < FEATURE_COUNT; f++) z += weights[f]! * rows[at + f]!
    for (let c = 0; c < CONTEXT_COUNT; c++) z += weights[FEATURE_COUNT + c]! * context[i * CONTEXT_COUNT + c]!
    out[i] = sigmoid(z)
  }
  return out
}
