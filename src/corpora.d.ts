// The bundled data files by path under corpora/ (binary files as base64); see scripts/corpora-module.mjs.
declare module 'corpora:bundle' {
  const files: Readonly<Record<string, string>>
  export default files
}
// A compiled WebAssembly module, imported as base64 (the recogniser's kernel).
declare module '*.wasm' {
  const base64: string
  export default base64
}
