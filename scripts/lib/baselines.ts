// The two baselines the related-article evaluations compare against (scripts/eval/related.ts on 10kGNAD,
// scripts/eval/related-events.ts on the own same-event set), shared so that both measure the same thing:
//   tfidf: natural's TfIdf over lowercased, stopword-filtered word tokens (from our tokenize()), cosine;
//   bm25:  wink-nlp's BM25 vectorizer over the same tokens, wink's bow cosine.
// Neither has an index: they rank by brute force over the articles of the set.
import { tokenize } from '../../src/index.js'
import { termStopwords } from '../../src/lexicon/index.js'
import { forEachWordPiece } from '../../src/terms/index.js'

export type Sparse = Map<string, number>
export type Bow = Record<string, number>

/** Word tokens of tokenize(), lowercased, stopwords out. Punctuation left on a token by a simple tokenizer is cut off. */
export function baselineTokens(text: string): string[] {
  const out: string[] = []
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue
    forEachWordPiece(token.text, 0, token.text.length, (piece) => {
      const lower = piece.toLowerCase()
      if (!termStopwords().has(lower)) out.push(lower)
    })
  }
  return out
}

function normalise(vector: Sparse): Sparse {
  let norm = 0
  for (const value of vector.values()) norm += value * value
  norm = Math.sqrt(norm) || 1
  for (const [key, value] of vector) vector.set(key, value / norm)
  return vector
}

/** Dot product; of two normalised vectors, their cosine. */
export function dot(a: Sparse, b: Sparse): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [key, value] of small) sum += value * (large.get(key) ?? 0)
  return sum
}

/** Every index j ≠ i with its similarity to i, best first (ties by index). */
export function rankAll(count: number, i: number, similarity: (i: number, j: number) => number): Array<[number, number]> {
  const scored: Array<[number, number]> = []
  for (let j = 0; j < count; j++) if (j !== i) scored.push([j, similarity(i, j)])
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return scored
}

/** L2-normalised TF-IDF vectors, so that dot() is their cosine. */
export async function tfidfVectors(tokens: string[][]): Promise<Sparse[]> {
  const specifier = 'natural/lib/natural/tfidf/tfidf.js'
  const module = (await import(specifier)) as { default: { TfIdf?: unknown } & (new () => unknown) }
  const TfIdf = (module.default.TfIdf ?? module.default) as new () => { addDocument(doc: string[]): void; listTerms(d: number): Array<{ term: string; tfidf: number }> }
  const tfidf = new TfIdf()
  for (const doc of tokens) tfidf.addDocument(doc)
  return tokens.map((_, d) => normalise(new Map(tfidf.listTerms(d).map(({ term, tfidf: value }) => [term, value]))))
}

export async function bm25Bows(tokens: string[][]): Promise<Bow[]> {
  const { default: vectorizer } = await import('wink-nlp/utilities/bm25-vectorizer')
  const itsSpecifier = 'wink-nlp/src/its.js'
  const its = ((await import(itsSpecifier)) as { default: { bow: unknown } }).default
  const bm25 = vectorizer()
  for (const doc of tokens) bm25.learn(doc)
  return tokens.map((_, d) => (bm25.doc(d) as unknown as { out: (f: unknown) => Bow }).out(its.bow))
}

/** wink's bow cosine, the similarity the bm25 baseline ranks by. */
export async function bowCosine(): Promise<(a: Bow, b: Bow) => number> {
  const { default: similarity } = await import('wink-nlp/utilities/similarity')
  return (a, b) => similarity.bow.cosine(a, b)
}

/**
 * wink's bow cosine between bows[i] and bows[j], the same value (rounded to 6 decimals as wink rounds it; 0 when one
 * bow is empty, 1 when both are), with each bow's words and squared norm read once: wink's function copies both bows
 * into new objects on every call, which made the brute-force baseline over 1,028 articles take minutes.
 */
export function bowCosines(bows: readonly Bow[]): (i: number, j: number) => number {
  const maps = bows.map((bow) => new Map(Object.entries(bow)))
  const norms = maps.map((map) => {
    let sum = 0
    for (const value of map.values()) sum += value * value
    return sum
  })
  return (i, j) => {
    const a = maps[i]!
    const b = maps[j]!
    const sa2 = norms[i]!
    const sb2 = norms[j]!
    if (!sa2 || !sb2) return !sa2 !== !sb2 ? 0 : 1
    const [small, large] = a.size <= b.size ? [a, b] : [b, a]
    let saxb = 0
    for (const [word, value] of small) saxb += value * (large.get(word) ?? 0)
    return +(saxb / (Math.sqrt(sa2) * Math.sqrt(sb2))).toFixed(6)
  }
}
