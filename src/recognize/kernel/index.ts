import type { Transitions } from '../viterbi.js'
import { JsKernel } from './js.js'
import type { Kernel } from './types.js'
import { WasmKernel } from './wasm.js'

export { KERNEL_TOKENS, type Kernel } from './types.js'

/**
 * The WebAssembly kernel where the runtime can compile it (with SIMD), else the JavaScript one. `step`: the score of
 * one unit of a row cell; `maxRows`: the most rows the caller keeps (growth stops there unless asked for more).
 */
export function createKernel(transitions: Transitions, bias: Float32Array, step: number, maxRows: number): Kernel {
  if (typeof WebAssembly === 'object') {
    try {
      return new WasmKernel(transitions, bias, step, maxRows)
    } catch {
      // No SIMD, or a content security policy without 'wasm-unsafe-eval': fall through.
    }
  }
  return new JsKernel(transitions, bias, step, maxRows)
}
