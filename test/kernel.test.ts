import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JsKernel } from '../src/recognize/kernel/js.js'
import { WasmKernel } from '../src/recognize/kernel/wasm.js'
import { KERNEL_TOKENS, type Kernel } from '../src/recognize/kernel/types.js'
import { LABEL_COUNT as L } from '../src/recognize/labels.js'
import { ROW } from '../src/recognize/model.js'
import { nerResources } from '../src/recognize/resources.js'
import { createEngine, tagTokens } from '../src/index.js'
import { WINDOW } from '../src/recognize/window.js'
import { seededRandom } from './helpers.js'

const ROWS = 300

/** The same random rows (int16 cells within ±scale / 2) and token sequence in both kernels. */
function filled(kernels: Kernel[], seed: number, n: number, scale: number): void {
  const random = seededRandom(seed)
  const rows = new Int16Array(ROWS * ROW).map(() => Math.round((random() - 0.5) * scale))
  const padded = Array.from({ length: n + 2 * WINDOW }, () => Math.floor(random() * ROWS))
  for (const kernel of kernels) {
    kernel.reserveRows(ROWS)
    kernel.pool.set(rows)
    kernel.padded.set(padded)
  }
}

describe('recogniser kernel', () => {
  const { model } = nerResources()
  const bias = new Float32Array(L).map((_, y) => Math.fround(y * 0.37 - 4))
  // An awkward step, so that a difference in rounding between the kernels would show.
  const step = 0.015538764186203

  it('runs on WebAssembly under Node', () => {
    expect(createEngine().kernel).toBe('wasm')
  })

  it('gives the same scores and labels in WebAssembly as in JavaScript', () => {
    const wasm = new WasmKernel(model.transitions, bias, step, 1000)
    const js = new JsKernel(model.transitions, bias, step, 1000)
    for (const [seed, n, scale] of [[1, 1, 3000], [2, 7, 12_000], [3, 40, 50_000], [4, KERNEL_TOKENS, 25_000], [5, 333, 300], [6, 90, 65_534]] as const) {
      filled([wasm, js], seed, n, scale)
      wasm.sums(n)
      js.sums(n)
      expect(Array.from(wasm.scores.subarray(0, n * L))).toEqual(Array.from(js.scores.subarray(0, n * L)))
      wasm.viterbi(n)
      js.viterbi(n)
      expect(Array.from(wasm.out.subarray(0, n))).toEqual(Array.from(js.out.subarray(0, n)))
      // Real labels, not only O: the random scores must reach some names.
      if (n > 10) expect(js.out.subarray(0, n).some((label) => label !== 0)).toBe(true)
    }
  })

  it('keeps its rows when its memory grows', () => {
    const wasm = new WasmKernel(model.transitions, bias, step, 100_000)
    wasm.reserveRows(10)
    wasm.pool.fill(-15, 0, 10 * ROW)
    wasm.reserveRows(20_000)
    expect(wasm.pool.length).toBeGreaterThanOrEqual(20_000 * ROW)
    expect(wasm.pool[10 * ROW - 1]).toBe(-15)
    expect(wasm.pool[10 * ROW]).toBe(0)
  })

  it('tags a sentence with names', () => {
    expect(tagTokens(['Gestern', 'sprach', 'Olaf', 'Scholz', 'in', 'Leipzig', '.'])).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O'])
  })

  it('is the build of its AssemblyScript source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schlagwort-kernel-'))
    try {
      const out = join(dir, 'kernel.wasm')
      // The command of `npm run build:kernel`, writing elsewhere.
      const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:kernel']
      const [command, ...args] = script.split(' ')
      args[args.indexOf('-o') + 1] = out
      execFileSync(join('node_modules', '.bin', command!), args)
      expect(readFileSync(out).equals(readFileSync('src/recognize/kernel/kernel.wasm'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
