import { decodeBase64 } from '../base64.js'
import { LABEL_COUNT as L } from '../labels.js'
import { largestInto, type Transitions } from '../viterbi.js'
import { SLOTS, WINDOW } from '../window.js'
import { KERNEL_TOKENS, type Kernel } from './types.js'
import kernelBase64 from './kernel.wasm'

const ROW = SLOTS * L
const PAGE = 65_536

// Byte offsets in the module's memory (kernel.as.ts reads whatever it is given; the module has no data of its own).
const PADDED = 0
const OUT = PADDED + 4 * (KERNEL_TOKENS + 2 * WINDOW + 4)
const PAIR = align(OUT + KERNEL_TOKENS)
const START = PAIR + 8 * L * L
const END = START + 8 * L
const MAX_INTO = END + 8 * L
const BIAS = MAX_INTO + 8 * L
const SCORES = align(BIAS + 4 * L + 16)
const DELTA = SCORES + 8 * L * KERNEL_TOKENS
const BACK = DELTA + 8 * L * KERNEL_TOKENS
const POOL = align(BACK + L * KERNEL_TOKENS)

function align(offset: number): number {
  return Math.ceil(offset / 64) * 64
}

interface Exports {
  memory: WebAssembly.Memory
  sums(padded: number, n: number, pool: number, bias: number, scores: number, step: number): void
  viterbi(scores: number, n: number, pair: number, start: number, end: number, maxInto: number, delta: number, back: number, out: number): void
}

let compiled: WebAssembly.Module | undefined

/** Compiles the kernel (once); throws where WebAssembly or its SIMD instructions are unavailable. */
function kernelModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(decodeBase64(kernelBase64))
  return compiled
}

export class WasmKernel implements Kernel {
  readonly kind = 'wasm'
  pool!: Int16Array
  padded!: Int32Array
  scores!: Float64Array
  out!: Uint8Array
  readonly #exports: Exports
  #rows = 0

  constructor(
    t: Transitions,
    bias: Float32Array,
    private readonly step: number,
    private readonly maxRows: number,
  ) {
    this.#exports = new WebAssembly.Instance(kernelModule(), {}).exports as unknown as Exports
    const memory = this.#exports.memory
    if (memory.buffer.byteLength < POOL) memory.grow(Math.ceil((POOL - memory.buffer.byteLength) / PAGE))
    this.#views()
    const f64 = new Float64Array(memory.buffer)
    f64.set(t.pair, PAIR / 8)
    f64.set(t.start, START / 8)
    f64.set(t.end, END / 8)
    f64.set(largestInto(t.pair), MAX_INTO / 8)
    new Float32Array(memory.buffer, BIAS, L).set(bias)
  }

  #views(): void {
    const buffer = this.#exports.memory.buffer
    this.padded = new Int32Array(buffer, PADDED, KERNEL_TOKENS + 2 * WINDOW)
    this.out = new Uint8Array(buffer, OUT, KERNEL_TOKENS)
    this.scores = new Float64Array(buffer, SCORES, KERNEL_TOKENS * L)
    this.#rows = Math.floor((buffer.byteLength - POOL) / (ROW * 2))
    this.pool = new Int16Array(buffer, POOL, this.#rows * ROW)
  }

  reserveRows(rows: number): void {
    if (rows <= this.#rows) return
    const memory = this.#exports.memory
    const needed = POOL + Math.max(rows, Math.min(this.#rows * 2, this.maxRows), 1024) * ROW * 2
    memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE))
    this.#views()
  }

  sums(n: number): void {
    this.#exports.sums(PADDED, n, POOL, BIAS, SCORES, this.step)
  }

  viterbi(n: number): void {
    this.#exports.viterbi(SCORES, n, PAIR, START, END, MAX_INTO, DELTA, BACK, OUT)
  }
}
