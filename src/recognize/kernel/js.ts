import { LABEL_COUNT as L } from '../labels.js'
import { viterbi, ViterbiScratch, type Transitions } from '../viterbi.js'
import { SLOTS, WINDOW } from '../window.js'
import { KERNEL_TOKENS, type Kernel } from './types.js'

const ROW = SLOTS * L

export class JsKernel implements Kernel {
  readonly kind = 'js'
  pool = new Int16Array(4096 * ROW)
  padded = new Int32Array(KERNEL_TOKENS + 2 * WINDOW)
  scores = new Float64Array(KERNEL_TOKENS * L)
  out = new Uint8Array(KERNEL_TOKENS)
  readonly #scratch: ViterbiScratch

  constructor(
    private readonly transitions: Transitions,
    private readonly bias: Float32Array,
    private readonly step: number,
    private readonly maxRows: number,
  ) {
    this.#scratch = new ViterbiScratch(transitions)
  }

  reserveRows(rows: number): void {
    if (rows * ROW <= this.pool.length) return
    const grown = new Int16Array(Math.max(rows, Math.min(2 * this.pool.length / ROW, this.maxRows)) * ROW)
    grown.set(this.pool)
    this.pool = grown
  }

  sums(n: number): void {
    const { pool, padded: p, scores: sc, bias, step } = this
    // Token i reads the word at i + k (k = -2 … 2) in slot k + 2; padded[i + k + 2] is that word's row.
    for (let i = 0; i < n; i++) {
      const a = p[i]! * ROW
      const b = p[i + 1]! * ROW + L
      const c = p[i + 2]! * ROW + 2 * L
      const d = p[i + 3]! * ROW + 3 * L
      const e = p[i + 4]! * ROW + 4 * L
      const dst = i * L
      for (let y = 0; y < L; y++) sc[dst + y] = bias[y]! + (pool[a + y]! + pool[b + y]! + pool[c + y]! + pool[d + y]! + pool[e + y]!) * step
    }
  }

  viterbi(n: number): void {
    viterbi(this.scores, n, this.transitions, this.out, this.#scratch)
  }
}
