// A document's tags as stored in its row: n int32 tag ids (in key order), then n float32 weights, little-endian.
import { endianness } from 'node:os'

/** On a little-endian machine the stored bytes are the typed arrays' own: copied as they are, not number by number. */
const LITTLE_ENDIAN = endianness() === 'LE'

export function encodeVector(tags: Int32Array, weights: Float32Array): Buffer {
  const buffer = Buffer.alloc(tags.length * 8)
  if (LITTLE_ENDIAN) {
    buffer.set(new Uint8Array(tags.buffer, tags.byteOffset, tags.byteLength), 0)
    buffer.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), 4 * tags.length)
    return buffer
  }
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
  if (LITTLE_ENDIAN) {
    new Uint8Array(tags.buffer).set(bytes.subarray(0, 4 * n))
    new Uint8Array(weights.buffer).set(bytes.subarray(4 * n, 8 * n))
    return { tags, weights }
  }
  for (let i = 0; i < n; i++) {
    tags[i] = bytes.readInt32LE(4 * i)
    weights[i] = bytes.readFloatLE(4 * (n + i))
  }
  return { tags, weights }
}
