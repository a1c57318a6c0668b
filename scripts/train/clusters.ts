// Distributional word classes for the recognizer's features: exchange clustering (Kneser & Ney 1993; the predictive,
// word-context form of Uszkoreit & Brants 2008) over left and right neighbours. A word's class is chosen to maximise
//   Σ_{v,c} N(v→c) log N(v→c) + Σ_{c,v} N(c→v) log N(c→v) − 2 Σ_c N(c) log N(c)
// where N(v→c) counts bigrams of the context word v followed by a word of class c. Words seen fewer than minCount
// times share one stand-in type (they are clustered as one and get no class). Deterministic: words are visited in
// order of frequency (ties by code units), initial classes by rank, a fixed number of passes.

export interface ClusterOptions {
  classes: number
  minCount: number
  passes: number
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Word → class id (0 … classes − 1) for every word seen at least minCount times. */
export function exchangeClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions): Map<string, number> {
  const counts = new Map<string, number>()
  const texts: (readonly string[])[] = []
  for (const tokens of sentences) {
    texts.push(tokens)
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  const words = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([w]) => w)
  const index = new Map<string, number>()
  words.forEach((w, i) => index.set(w, i))
  const W = words.length
  // Context vocabulary: the clustered words, the rare stand-in and the sentence boundary.
  const rareId = W
  const boundaryId = W + 1
  const V = W + 2
  const id = (t: string): number => index.get(t) ?? rareId
  // Bigram counts per word as sparse lists: left[w] = (predecessor, count) pairs, right[w] = (successor, count).
  const pairs = new Map<number, number>()
  const add = (a: number, b: number): void => {
    const key = a * V + b
    pairs.set(key, (pairs.get(key) ?? 0) + 1)
  }
  const unigram = new Float64Array(V)
  for (const tokens of texts) {
    let previous = boundaryId
    for (const t of tokens) {
      const w = id(t)
      unigram[w]!++
      add(previous, w)
      previous = w
    }
    add(previous, boundaryId)
  }
  const leftLists: number[][] = Array.from({ length: V }, () => [])
  const rightLists: number[][] = Array.from({ length: V }, () => [])
  for (const key of [...pairs.keys()].sort((a, b) => a - b)) {
    const a = Math.floor(key / V)
    const b = key % V
    const n = pairs.get(key)!
    leftLists[b]!.push(a, n)
    rightLists[a]!.push(b, n)
  }
  const C = options.classes
  // Clustered types: the words and the rare stand-in (the boundary is context only).
  const T = W + 1
  const cls = new Int32Array(T)
  for (let w = 0; w < T; w++) cls[w] = w < C - 1 ? w : C - 1
  if (rareId < T) cls[rareId] = C - 1
  const left = new Float64Array(V * C) // N(v → c)
  const right = new Float64Array(V * C) // N(c → v)
  const size = new Float64Array(C)
  const place = (w: number, c: number, sign: number): void => {
    const l = leftLists[w]!
    for (let i = 0; i < l.length; i += 2) left[l[i]! * C + c]! += sign * l[i + 1]!
    const r = rightLists[w]!
    for (let i = 0; i < r.length; i += 2) right[r[i]! * C + c]! += sign * r[i + 1]!
    size[c]! += sign * unigram[w]!
  }
  for (let w = 0; w < T; w++) place(w, cls[w]!, 1)
  const f = (x: number): number => (x > 0 ? x * Math.log(x) : 0)
  const gain = new Float64Array(C)
  for (let pass = 0; pass < options.passes; pass++) {
    let moved = 0
    for (let w = 0; w < T; w++) {
      const from = cls[w]!
      place(w, from, -1)
      const n = unigram[w]!
      for (let c = 0; c < C; c++) gain[c] = -2 * (f(size[c]! + n) - f(size[c]!))
      addContextGain(leftLists[w]!, left, C, gain, f)
      addContextGain(rightLists[w]!, right, C, gain, f)
      let best = from
      for (let c = 0; c < C; c++) if (gain[c]! > gain[best]! + 1e-9) best = c
      if (best !== from) moved++
      cls[w] = best
      place(w, best, 1)
    }
    if (moved === 0) break
  }
  const out = new Map<string, number>()
  for (let w = 0; w < W; w++) out.set(words[w]!, cls[w]!)
  return out
}

/** Surface tokens of a CoNLL-U file, sentence by sentence: a multiword token (zum = zu dem) stays one token, as the
 * project's tokenizer keeps it. */
export function conlluSentences(text: string): string[][] {
  const sentences: string[][] = []
  let current: string[] = []
  let skipTo = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current)
      current = []
      skipTo = 0
      continue
    }
    if (line.startsWith('#')) continue
    const fields = line.split('\t')
    const id = fields[0]!
    const dash = id.indexOf('-')
    if (dash > 0) {
      current.push(fields[1]!)
      skipTo = Number(id.slice(dash + 1))
      continue
    }
    if (id.indexOf('.') >= 0) continue
    if (Number(id) <= skipTo) continue
    current.push(fields[1]!)
  }
  if (current.length > 0) sentences.push(current)
  return sentences
}

/**
 * Adds to gain[c] what moving a word into class c gains on one side: `pairs` holds (neighbour, count) of the word,
 * `counts[neighbour * C + c]` the neighbour's counts with each class.
 */
function addContextGain(pairs: ArrayLike<number>, counts: ArrayLike<number>, C: number, gain: Float64Array, f: (x: number) => number): void {
  for (let i = 0; i < pairs.length; i += 2) {
    const base = pairs[i]! * C
    const k = pairs[i + 1]!
    for (let c = 0; c < C; c++) {
      const x = counts[base + c]!
      if (x > 0) gain[c]! += f(x + k) - f(x)
      else gain[c]! += f(k)
    }
  }
}
