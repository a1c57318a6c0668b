// The recogniser's inner loop, behind one interface with two implementations: WebAssembly (SIMD score sums and
// Viterbi over memory the tagger writes rows into) and plain JavaScript where WebAssembly is unavailable.
// Both give the same labels: a token's five int16 cells are summed exactly, then scaled and added to the prior in
// float64, and Viterbi is the same algorithm.

/** Tokens per call; longer sentences are tagged in pieces (tagger.ts MAX_SENTENCE). */
export const KERNEL_TOKENS = 1000

export interface Kernel {
  readonly kind: 'wasm' | 'js'
  /** Rows of word types in units of the kernel's step: row r, slot k, label y at pool[r * ROW + k * L + y]. Re-read after reserveRows. */
  pool: Int16Array
  /** Row of each token with WINDOW padding rows on both sides: padded[WINDOW + i] is token i's. Re-read too. */
  padded: Int32Array
  /** Label scores of the last sums(): scores[i * L + y]. Re-read too. */
  scores: Float64Array
  /** Labels of the last viterbi(). Re-read too. */
  out: Uint8Array
  /** Room for this many rows; may replace every view above. */
  reserveRows(rows: number): void
  /** scores of tokens 0 .. n: the label prior plus step times the sum of the five row cells around each token. */
  sums(n: number): void
  /** Best valid BIO labels for tokens 0 .. n from scores, into out. */
  viterbi(n: number): void
}
