// Best label sequence under a first-order linear model, restricted to valid BIO: I-X only after B-X or I-X.
import { LABEL_COUNT as L } from './labels.js'

export interface Transitions {
  /** [previous * L + next] */
  pair: Float64Array
  /** Score of each label at the start and at the end of a sentence. */
  start: Float64Array
  end: Float64Array
}

/** Per next label, the largest transition score into it from any previous label. */
export function largestInto(pair: Float64Array): Float64Array {
  const into = new Float64Array(L).fill(-Infinity)
  for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) into[y] = Math.max(into[y]!, pair[p * L + y]!)
  return into
}

/** The caller's buffers: the transitions' largestInto, and delta and back tables grown as needed. */
export class ViterbiScratch {
  readonly maxInto: Float64Array
  delta = new Float64Array(64 * L)
  back = new Uint8Array(64 * L)

  constructor(t: Transitions) {
    this.maxInto = largestInto(t.pair)
  }
}

/** Labels for `n` tokens; scores[i * L + label] holds the token scores. Writes into `out` (length ≥ n). */
export function viterbi(scores: Float64Array, n: number, t: Transitions, out: Uint8Array, scratch: ViterbiScratch): void {
  if (n === 0) return
  if (scratch.delta.length < n * L) {
    scratch.delta = new Float64Array(n * L * 2)
    scratch.back = new Uint8Array(n * L * 2)
  }
  const d = scratch.delta
  const b = scratch.back
  const pair = t.pair
  const start = t.start
  const maxInto = scratch.maxInto
  for (let y = 0; y < L; y++) d[y] = y > 0 && (y & 1) === 0 ? -Infinity : scores[y]! + start[y]!
  for (let i = 1; i < n; i++) {
    const row = i * L
    const prevRow = row - L
    // O and B-X (index 0 and odd indices) may follow any label. Try the best previous label first: when it beats
    // what any other label could reach (the runner-up's score + the largest transition into y), the answer is
    // exact without scanning all L; otherwise scan.
    let k0 = 0
    let second = -Infinity
    for (let p = 1; p < L; p++) {
      const v = d[prevRow + p]!
      if (v > d[prevRow + k0]!) {
        second = d[prevRow + k0]!
        k0 = p
      } else if (v > second) second = v
    }
    const top = d[prevRow + k0]!
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let best = top + pair[k0 * L + y]!
      let arg = k0
      if (second + maxInto[y]! > best) {
        for (let p = 0; p < L; p++) {
          const v = d[prevRow + p]! + pair[p * L + y]!
          if (v > best) {
            best = v
            arg = p
          }
        }
      }
      d[row + y] = best + scores[row + y]!
      b[row + y] = arg
    }
    // I-X: from B-X (y - 1) or I-X (y).
    for (let y = 2; y < L; y += 2) {
      const fromB = d[prevRow + y - 1]! + pair[(y - 1) * L + y]!
      const fromI = d[prevRow + y]! + pair[y * L + y]!
      if (fromB >= fromI) {
        d[row + y] = fromB + scores[row + y]!
        b[row + y] = y - 1
      } else {
        d[row + y] = fromI + scores[row + y]!
        b[row + y] = y
      }
    }
  }
  const lastRow = (n - 1) * L
  const end = t.end
  let bestLabel = 0
  let bestScore = -Infinity
  for (let y = 0; y < L; y++) {
    const v = d[lastRow + y]! + end[y]!
    if (v > bestScore) {
      bestScore = v
      bestLabel = y
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestLabel
    bestLabel = b[i * L + bestLabel]!
  }
}
