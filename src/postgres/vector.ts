// A document's tags as stored in its row: n int32 tag ids (in key order), then n float32 weights, little-endian.

export function encodeVector(tags: Int32Array, weights: Float32Array): Buffer {
  const buffer = Buffer.alloc(tags.length * 8)
  for (let i = 0; i < tags.length; i++) {
    buffer.writeInt32LE(tags[i]!, 4 * i)
    buffer.writeFloatLE(weights[i]!, 4 * (tags.length + i))
  }
  return buffer
}

export function decodeVector(bytes: Buffer): { tags: Int32Array; weights: Float32Array } {
  const n = bytes.length >>> 3
  const tags = new Int32Array(n)
  const weights = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    tags[i] = bytes.readInt32LE(4 * i)
    weights[i] = bytes.readFloatLE(4 * (n + i))
  }
  return { tags, weights }
}
