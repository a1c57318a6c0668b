// Data files under corpora/ are imported as their text (binary files as base64); see scripts/corpora-module.mjs.
declare module '*.json' {
  const text: string
  export default text
}
declare module '*.tsv' {
  const text: string
  export default text
}
declare module '*.txt' {
  const text: string
  export default text
}
declare module '*.bin' {
  const base64: string
  export default base64
}
declare module '*.wasm' {
  const base64: string
  export default base64
}
