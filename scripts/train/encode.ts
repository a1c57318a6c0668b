// Turns labelled sentences into what the perceptron reads: for every token the list of weight-row bases
// (feature index * ROW + slot * LABEL_COUNT) whose label columns add up to the token's scores.
import type { Knowledge } from '../../src/recognize/knowledge.js'
import { LABEL_COUNT, labelIndex } from '../../src/recognize/labels.js'
import { PHRASE_FLAG_COUNT, phraseFlags } from '../../src/recognize/phrases.js'
import { AFTER_SENTENCE, BEFORE_SENTENCE, BIAS_HASH, firstWordFeatures, phraseFlagHash, wordFeatures } from '../../src/recognize/word-features.js'
import { SLOTS, WINDOW } from '../../src/recognize/window.js'
import type { LabelledSentence } from './corpus.js'

export const ROW = SLOTS * LABEL_COUNT

export interface EncodedSentence {
  n: number
  /** Bases of token i are bases[offsets[i] .. offsets[i + 1]). */
  bases: Int32Array
  offsets: Int32Array
  gold: Uint8Array
}

/** Feature hash → dense index. Frozen spaces drop features they have not seen. */
export class FeatureSpace {
  readonly index = new Map<number, number>()
  readonly hashes: number[] = []
  frozen = false

  id(hash: number): number {
    const known = this.index.get(hash)
    if (known !== undefined) return known
    if (this.frozen) return -1
    const id = this.hashes.length
    this.index.set(hash, id)
    this.hashes.push(hash)
    return id
  }
}

interface TypeFeatures {
  ids: Int32Array
  reach: Uint8Array
}

export class Encoder {
  private readonly types = new Map<string, TypeFeatures>()
  private readonly buffer: number[] = []
  private readonly reach: number[] = []

  constructor(
    readonly space: FeatureSpace,
    private readonly k: Knowledge,
  ) {}

  private ids(hashes: readonly number[]): Int32Array {
    const ids: number[] = []
    for (const h of hashes) {
      const id = this.space.id(h)
      if (id >= 0) ids.push(id)
    }
    return Int32Array.from(ids)
  }

  private typeIds(word: string): TypeFeatures {
    let features = this.types.get(word)
    if (!features) {
      this.buffer.length = 0
      wordFeatures(word, this.k, this.buffer, this.reach)
      const ids: number[] = []
      const reach: number[] = []
      this.buffer.forEach((hash, i) => {
        const id = this.space.id(hash)
        if (id >= 0) (ids.push(id), reach.push(this.reach[i]!))
      })
      features = { ids: Int32Array.from(ids), reach: Uint8Array.from(reach) }
      this.types.set(word, features)
    }
    return features
  }

  encode(sentence: LabelledSentence): EncodedSentence {
    const tokens = sentence.tokens
    const n = tokens.length
    const before = this.typeIds(BEFORE_SENTENCE)
    const after = this.typeIds(AFTER_SENTENCE)
    const words = tokens.map((t) => this.typeIds(t))
    this.buffer.length = 0
    if (n > 0) firstWordFeatures(tokens[0]!, this.k, this.buffer)
    const first = this.ids(this.buffer)
    const flags = new Uint16Array(n)
    phraseFlags(tokens, this.k, flags)
    const bias = this.space.id(BIAS_HASH)
    const flagIds: number[] = []
    for (let b = 0; b < PHRASE_FLAG_COUNT; b++) flagIds.push(this.space.id(phraseFlagHash(b)))
    const bases: number[] = []
    const offsets = new Int32Array(n + 1)
    for (let i = 0; i < n; i++) {
      offsets[i] = bases.length
      for (let k = -WINDOW; k <= WINDOW; k++) {
        const j = i + k
        const slot = (k + WINDOW) * LABEL_COUNT
        const features = j < 0 ? before : j >= n ? after : words[j]!
        const distance = Math.abs(k)
        for (let f = 0; f < features.ids.length; f++) if (features.reach[f]! >= distance) bases.push(features.ids[f]! * ROW + slot)
        if (j >= 0 && j < n && flags[j] !== 0) {
          for (let b = 0; b < PHRASE_FLAG_COUNT; b++) if (flags[j]! & (1 << b) && flagIds[b]! >= 0) bases.push(flagIds[b]! * ROW + slot)
        }
      }
      if (bias >= 0) bases.push(bias * ROW + WINDOW * LABEL_COUNT)
      if (i === 0) for (const id of first) bases.push(id * ROW + WINDOW * LABEL_COUNT)
    }
    offsets[n] = bases.length
    return { n, bases: Int32Array.from(bases), offsets, gold: Uint8Array.from(sentence.labels.map(labelIndex)) }
  }
}
