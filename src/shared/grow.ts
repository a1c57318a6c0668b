// Typed arrays that grow by doubling: how tables kept by id make room for the next id.

/** `array` with room for at least `length` entries (doubling), contents kept. */
export function ensureLength<T extends Int32Array | Uint16Array | Uint8Array | Float32Array | Float64Array>(array: T, length: number): T {
  if (array.length >= length) return array
  let size = Math.max(16, array.length)
  while (size < length) size *= 2
  const grown = new (array.constructor as new (length: number) => T)(size)
  grown.set(array)
  return grown
}

/** `array` with room for at least `length` entries, the new ones -1. */
export function ensureFilled(array: Int32Array, length: number): Int32Array {
  if (array.length >= length) return array
  const grown = ensureLength(array, length)
  grown.fill(-1, array.length)
  return grown
}
