// 32-bit FNV-1a over UTF-16 code units (and over bytes): the one hash of the project. The recogniser's features are
// stored in the model only as these hashes (so the model needs no strings), the lexeme and word-piece tables probe by
// them, and a serialized related index carries one as its checksum.

export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0
}

/** FNV-1a over a text's code units from its last to its first, continuing `hash`: every ending of a word is one more step. */
export function hashBackward(hash: number, text: string): number {
  for (let i = text.length - 1; i >= 0; i--) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash >>> 0
}

export function hashString(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash >>> 0
}

/** Hash of a feature named by a tag and a value: tag and value are separated so that ('ab','c') ≠ ('a','bc'). */
export function featureHash(tag: string, value: string): number {
  return hashString(hashStep(hashString(FNV_OFFSET, tag), 0x1f), value)
}

/** FNV-1a over bytes: the checksum of a serialized index (any changed byte changes it with high probability). */
export function hashBytes(hash: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME)
  return hash >>> 0
}
