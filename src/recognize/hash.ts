// 32-bit FNV-1a over UTF-16 code units. Features are stored in the model only as these hashes, so the model needs no
// strings and a feature costs no string building: callers hash a tag and then characters straight from the word.

export const FNV_OFFSET = 0x811c9dc5

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0
}

export function hashString(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** Hash of a feature named by a tag and a value: tag and value are separated so that ('ab','c') ≠ ('a','bc'). */
export function featureHash(tag: string, value: string): number {
  return hashString(hashStep(hashString(FNV_OFFSET, tag), 0x1f), value)
}
