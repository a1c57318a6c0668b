// Trained weights → the model file: features sorted by hash, near-zero weights pruned, the rest as 16-bit integers.
import { featureFilesFingerprint } from '../../src/lexicon/index.js'
import { LABEL_COUNT } from '../../src/recognize/labels.js'
import { encodeModel, type ModelData } from '../../src/recognize/model-format.js'
import type { GeoNames } from '../../src/recognize/knowledge.js'
import { SLOTS } from '../../src/recognize/window.js'
import { ROW, type FeatureSpace } from './encode.js'
import type { LinearModel } from './perceptron.js'

export interface ExportOptions {
  /** Weights with |w| below prune * (largest |w|) are dropped. */
  prune: number
}

export function exportModel(model: LinearModel, space: FeatureSpace, geo: GeoNames, options: ExportOptions): { bytes: Uint8Array; data: ModelData } {
  let max = 0
  for (const v of model.weights) max = Math.max(max, Math.abs(v))
  const scale = max / 32767 || 1
  const threshold = options.prune * max
  const order = space.hashes.map((hash, index) => ({ hash, index })).sort((a, b) => a.hash - b.hash)
  const hashes: number[] = []
  const ends: number[] = []
  const cells: number[] = []
  const weights: number[] = []
  for (const { hash, index } of order) {
    const before = cells.length
    for (let cell = 0; cell < ROW; cell++) {
      const w = model.weights[index * ROW + cell]!
      const q = Math.round(w / scale)
      if (Math.abs(w) < threshold || q === 0) continue
      cells.push(cell)
      weights.push(q)
    }
    if (cells.length === before) continue
    hashes.push(hash)
    ends.push(cells.length)
  }
  const t = model.transitions
  const transitions = new Float32Array([...t.pair, ...t.start, ...t.end])
  const data: ModelData = {
    labelCount: LABEL_COUNT,
    slots: SLOTS,
    fingerprint: featureFilesFingerprint(),
    scale,
    transitions,
    hashes: Uint32Array.from(hashes),
    ends: Uint32Array.from(ends),
    cells: Uint8Array.from(cells),
    weights: Int16Array.from(weights),
    geoNames: geo.names.hashes,
    geoTiers: geo.names.values,
    geoPhrases: geo.phrases.hashes,
    geoPhraseStarts: geo.phraseStarts.hashes,
  }
  return { bytes: encodeModel(data), data }
}

/** The weights as the model file will hold them (pruned, 16-bit), for cross-validating what actually ships. */
export function shippedWeights(model: LinearModel, options: ExportOptions): LinearModel {
  let max = 0
  for (const v of model.weights) max = Math.max(max, Math.abs(v))
  const scale = max / 32767 || 1
  const threshold = options.prune * max
  const weights = model.weights.map((w) => (Math.abs(w) < threshold ? 0 : Math.round(w / scale) * scale))
  return { ...model, weights }
}
