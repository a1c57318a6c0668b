// The part of the WebAssembly JS API the recogniser's kernel uses (lib "ES2022" has none; every runtime we target
// has it: Node 20, current browsers).
declare namespace WebAssembly {
  interface Memory {
    readonly buffer: ArrayBuffer
    grow(pages: number): number
  }
  class Module {
    constructor(bytes: Uint8Array)
  }
  class Instance {
    constructor(module: Module, imports: Record<string, unknown>)
    readonly exports: Record<string, unknown>
  }
}
