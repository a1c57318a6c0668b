// The recognizer's model file (corpora/ner/model.bin), little-endian:
//   'SWN2'  u32 labelCount  u32 slots  u32 fingerprint of the corpora files its features read (lexicon/fingerprint.ts)
//   f32 scale  u32 featureCount F  u32 entryCount E
//   f32 × (L*L + L + L)   transitions: pair[previous * L + next], start[L], end[L]
//   u32 × F   feature hashes, ascending
//   u32 × F   end of each feature's entries (exclusive, cumulative)
//   u8  × E   cell = slot * L + label
//   i16 × E   weight / scale, rounded
//   u32 G, u32 × G place-name hashes (ascending), u8 × G their size tiers;
//   u32 P, u32 × P place-phrase hashes; u32 S, u32 × S place-phrase first-token hashes (see knowledge.ts GeoNames)
// Shared by the writer (scripts/train) and the reader (model.ts) so that both sides agree byte for byte.

export const MAGIC = 0x324e5753 // 'SWN2' read as little-endian u32

export interface ModelData {
  labelCount: number
  slots: number
  /** featureFilesFingerprint() of the data the model was trained with. */
  fingerprint: number
  scale: number
  transitions: Float32Array
  hashes: Uint32Array
  ends: Uint32Array
  cells: Uint8Array
  weights: Int16Array
  geoNames: Uint32Array
  geoTiers: Uint8Array
  geoPhrases: Uint32Array
  geoPhraseStarts: Uint32Array
}

export function encodeModel(m: ModelData): Uint8Array {
  const f = m.hashes.length
  const e = m.cells.length
  const g = m.geoNames.length
  const size = 28 + m.transitions.length * 4 + f * 8 + e * 3 + 12 + g * 5 + (m.geoPhrases.length + m.geoPhraseStarts.length) * 4
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  let at = 0
  const u32 = (v: number): void => void (view.setUint32(at, v, true), (at += 4))
  u32(MAGIC)
  u32(m.labelCount)
  u32(m.slots)
  u32(m.fingerprint)
  view.setFloat32(at, m.scale, true)
  at += 4
  u32(f)
  u32(e)
  for (const v of m.transitions) (view.setFloat32(at, v, true), (at += 4))
  for (const v of m.hashes) u32(v)
  for (const v of m.ends) u32(v)
  bytes.set(m.cells, at)
  at += e
  for (const v of m.weights) (view.setInt16(at, v, true), (at += 2))
  u32(g)
  for (const v of m.geoNames) u32(v)
  bytes.set(m.geoTiers, at)
  at += g
  for (const list of [m.geoPhrases, m.geoPhraseStarts]) {
    u32(list.length)
    for (const v of list) u32(v)
  }
  if (at !== size) throw new Error('recognizer model: size mismatch')
  return bytes
}

export function decodeModel(bytes: Uint8Array): ModelData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  const u32 = (): number => ((at += 4), view.getUint32(at - 4, true))
  if (u32() !== MAGIC) throw new Error('recognizer model: not a model file of this version (expected SWN2)')
  const labelCount = u32()
  const slots = u32()
  const fingerprint = u32()
  const scale = view.getFloat32(at, true)
  at += 4
  const f = u32()
  const e = u32()
  const transitions = new Float32Array(labelCount * labelCount + 2 * labelCount)
  for (let i = 0; i < transitions.length; i++) transitions[i] = view.getFloat32(at + 4 * i, true)
  at += transitions.length * 4
  const hashes = new Uint32Array(f)
  for (let i = 0; i < f; i++) hashes[i] = view.getUint32(at + 4 * i, true)
  at += f * 4
  const ends = new Uint32Array(f)
  for (let i = 0; i < f; i++) ends[i] = view.getUint32(at + 4 * i, true)
  at += f * 4
  const cells = bytes.slice(at, at + e)
  at += e
  const weights = new Int16Array(e)
  for (let i = 0; i < e; i++) weights[i] = view.getInt16(at + 2 * i, true)
  at += e * 2
  const u32s = (count: number): Uint32Array => {
    const out = new Uint32Array(count)
    for (let i = 0; i < count; i++) out[i] = view.getUint32(at + 4 * i, true)
    at += count * 4
    return out
  }
  const geoNames = u32s(u32())
  const geoTiers = bytes.slice(at, at + geoNames.length)
  at += geoNames.length
  const geoPhrases = u32s(u32())
  const geoPhraseStarts = u32s(u32())
  return { labelCount, slots, fingerprint, scale, transitions, hashes, ends, cells, weights, geoNames, geoTiers, geoPhrases, geoPhraseStarts }
}
