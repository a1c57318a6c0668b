// de-compromise's exports map lists "types" after "import", so TypeScript finds no types for it.
declare module 'de-compromise' {
  interface View {
    match: (pattern: string) => View
    out: (format: string) => unknown
  }
  const nlp: (text: string) => View
  export default nlp
}
