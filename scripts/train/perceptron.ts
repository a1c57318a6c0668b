// Averaged structured perceptron (Collins 2002) over the encoded sentences, decoded with the same BIO-restricted
// Viterbi the runtime uses. Averaging uses the usual trick: keep sum(c * update) and subtract it / c at the end.
import { LABEL_COUNT as L } from '../../src/recognize/labels.js'
import { viterbi, ViterbiScratch, type Transitions } from '../../src/recognize/viterbi.js'
import { ROW, type EncodedSentence } from './encode.js'
import { seededRandom } from '../lib/random.js'

export interface LinearModel {
  featureCount: number
  /** [feature * ROW + slot * L + label] */
  weights: Float32Array
  transitions: Transitions
}

export interface TrainOptions {
  epochs: number
  seed: number
  /** Perceptrons averaged into one model (trainEnsemble). */
  models?: number
  /** Loss-augmented decoding in training: every wrong label gets this much extra score (0 = plain perceptron). */
  margin?: number
  /** Factor on the margin where the gold label is an entity: missing a name costs more than inventing one. */
  entityMargin?: number
  log?: (line: string) => void
}


export function scoreSentence(s: EncodedSentence, weights: Float32Array, out: Float64Array): void {
  out.fill(0, 0, s.n * L)
  for (let i = 0; i < s.n; i++) {
    const row = i * L
    for (let b = s.offsets[i]!; b < s.offsets[i + 1]!; b++) {
      const base = s.bases[b]!
      for (let y = 0; y < L; y++) out[row + y]! += weights[base + y]!
    }
  }
}

export function train(sentences: readonly EncodedSentence[], featureCount: number, options: TrainOptions): LinearModel {
  const size = featureCount * ROW
  const w = new Float32Array(size)
  const u = new Float64Array(size)
  const pair = new Float64Array(L * L)
  const pairU = new Float64Array(L * L)
  const start = new Float64Array(L)
  const startU = new Float64Array(L)
  const end = new Float64Array(L)
  const endU = new Float64Array(L)
  const t: Transitions = { pair, start, end }
  // Viterbi's pruning bound (the largest transition into each label) is taken from the transitions as they are now,
  // all zero, and kept for the run while they are learnt: the committed model was trained so, and a bound kept up to
  // date (exact decoding) trains a different model. Change it together with a retrained model.
  const scratch = new ViterbiScratch(t)
  const maxN = sentences.reduce((m, s) => Math.max(m, s.n), 0)
  const scores = new Float64Array(maxN * L)
  const predicted = new Uint8Array(maxN)
  const random = seededRandom(options.seed)
  const order = sentences.map((_, i) => i)
  let c = 1
  const margin = options.margin ?? 0
  const entityMargin = options.entityMargin ?? 1
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const tmp = order[i]!
      order[i] = order[j]!
      order[j] = tmp
    }
    let errors = 0
    let tokens = 0
    for (const index of order) {
      const s = sentences[index]!
      scoreSentence(s, w, scores)
      if (margin > 0) {
        for (let i = 0; i < s.n; i++) {
          const extra = s.gold[i] === 0 ? margin : margin * entityMargin
          for (let y = 0; y < L; y++) if (y !== s.gold[i]) scores[i * L + y]! += extra
        }
      }
      viterbi(scores, s.n, t, predicted, scratch)
      tokens += s.n
      for (let i = 0; i < s.n; i++) {
        const g = s.gold[i]!
        const p = predicted[i]!
        if (g !== p) {
          errors++
          for (let b = s.offsets[i]!; b < s.offsets[i + 1]!; b++) {
            const base = s.bases[b]!
            w[base + g]! += 1
            u[base + g]! += c
            w[base + p]! -= 1
            u[base + p]! -= c
          }
        }
        const gp = i === 0 ? -1 : s.gold[i - 1]!
        const pp = i === 0 ? -1 : predicted[i - 1]!
        if (g !== p || gp !== pp) {
          if (i === 0) {
            start[g]! += 1
            startU[g]! += c
            start[p]! -= 1
            startU[p]! -= c
          } else {
            pair[gp * L + g]! += 1
            pairU[gp * L + g]! += c
            pair[pp * L + p]! -= 1
            pairU[pp * L + p]! -= c
          }
        }
      }
      const last = s.n - 1
      if (last >= 0 && s.gold[last] !== predicted[last]) {
        end[s.gold[last]!]! += 1
        endU[s.gold[last]!]! += c
        end[predicted[last]!]! -= 1
        endU[predicted[last]!]! -= c
      }
      c++
    }
    options.log?.(`epoch ${epoch + 1}: ${errors} token errors of ${tokens}`)
  }
  const average = <T extends Float32Array | Float64Array>(values: T, sums: Float64Array): T => {
    const out = values.slice() as T
    for (let i = 0; i < values.length; i++) out[i] = values[i]! - sums[i]! / c
    return out
  }
  return {
    featureCount,
    weights: average(w, u),
    transitions: { pair: average(pair, pairU), start: average(start, startU), end: average(end, endU) },
  }
}

export function predict(model: LinearModel, s: EncodedSentence): Uint8Array {
  const scores = new Float64Array(s.n * L)
  const out = new Uint8Array(s.n)
  scoreSentence(s, model.weights, scores)
  viterbi(scores, s.n, model.transitions, out, new ViterbiScratch(model.transitions))
  return out
}

/** Mean of `options.models` perceptrons trained on differently shuffled data (seeds seed, seed + 1, …). */
export function trainEnsemble(sentences: readonly EncodedSentence[], featureCount: number, options: TrainOptions): LinearModel {
  const count = options.models ?? 1
  let sum: LinearModel | undefined
  for (let m = 0; m < count; m++) {
    const model = train(sentences, featureCount, { ...options, seed: options.seed + m })
    if (!sum) {
      sum = model
      continue
    }
    const add = (a: Float32Array | Float64Array, b: Float32Array | Float64Array): void => {
      for (let i = 0; i < a.length; i++) a[i]! += b[i]!
    }
    add(sum.weights, model.weights)
    add(sum.transitions.pair, model.transitions.pair)
    add(sum.transitions.start, model.transitions.start)
    add(sum.transitions.end, model.transitions.end)
  }
  return sum!
}
