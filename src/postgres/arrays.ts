// Array parameters in PostgreSQL's binary array format (array_recv). The driver sends a Buffer as a binary value, and a
// parameter cast to int4[] (or text[], float8[], bytea[]) is read from it as is: for the hundreds of thousands of
// postings of a bulk load this is quicker on both sides than the text form ('{1,2,3}'), which the driver builds and the
// server parses element by element.

const INT4 = 23
const INT8 = 20
const TEXT = 25
const FLOAT8 = 701
const BYTEA = 17
const HEADER = 20
const NULL_LENGTH = -1

function header(buffer: Buffer, elementType: number, length: number, hasNull: boolean): void {
  buffer.writeInt32BE(1, 0)
  buffer.writeInt32BE(hasNull ? 1 : 0, 4)
  buffer.writeInt32BE(elementType, 8)
  buffer.writeInt32BE(length, 12)
  buffer.writeInt32BE(1, 16)
}

/** A one-dimensional int4[] of 32-bit integers. */
export function int4Array(values: ArrayLike<number>): Buffer {
  const buffer = Buffer.allocUnsafe(HEADER + 8 * values.length)
  header(buffer, INT4, values.length, false)
  for (let i = 0, at = HEADER; i < values.length; i++, at += 8) {
    buffer.writeInt32BE(4, at)
    buffer.writeInt32BE(values[i]!, at + 4)
  }
  return buffer
}

/** A one-dimensional float8[]; NaN is written as NULL. */
export function float8NullArray(values: ArrayLike<number>): Buffer {
  let present = 0
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present++
  const buffer = Buffer.allocUnsafe(HEADER + 4 * values.length + 8 * present)
  header(buffer, FLOAT8, values.length, present < values.length)
  let at = HEADER
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (Number.isNaN(value)) {
      buffer.writeInt32BE(NULL_LENGTH, at)
      at += 4
    } else {
      buffer.writeInt32BE(8, at)
      buffer.writeDoubleBE(value, at + 4)
      at += 12
    }
  }
  return buffer
}

/** A one-dimensional bytea[]. */
export function byteaArray(values: readonly Buffer[]): Buffer {
  let size = HEADER
  for (const value of values) size += 4 + value.length
  const buffer = Buffer.allocUnsafe(size)
  header(buffer, BYTEA, values.length, false)
  let at = HEADER
  for (const value of values) {
    buffer.writeInt32BE(value.length, at)
    value.copy(buffer, at + 4)
    at += 4 + value.length
  }
  return buffer
}

/** A one-dimensional text[]; the strings must hold no NUL (PostgreSQL text cannot). */
export function textArray(values: readonly string[]): Buffer {
  // Written straight into one buffer: a Buffer per string costs more than measuring each string twice.
  let size = HEADER
  for (const value of values) size += 4 + Buffer.byteLength(value, 'utf8')
  const buffer = Buffer.allocUnsafe(size)
  header(buffer, TEXT, values.length, false)
  let at = HEADER
  for (const value of values) {
    const length = buffer.write(value, at + 4, 'utf8')
    buffer.writeInt32BE(length, at)
    at += 4 + length
  }
  return buffer
}

/**
 * A one-dimensional int8[] without NULLs in the binary array format (array_send), as its high and low 32 bits
 * (signed, unsigned): the values need not fit a double's exact integers.
 */
export function decodeInt8Array(bytes: Buffer): { high: Int32Array; low: Uint32Array } {
  if (bytes.length < 12 || bytes.readInt32BE(0) === 0) return { high: new Int32Array(0), low: new Uint32Array(0) }
  if (bytes.readInt32BE(0) !== 1 || bytes.readInt32BE(4) !== 0 || bytes.readInt32BE(8) !== INT8) throw new Error('decodeInt8Array: not a one-dimensional int8[] without NULLs')
  const length = bytes.readInt32BE(12)
  const high = new Int32Array(length)
  const low = new Uint32Array(length)
  for (let k = 0, at = HEADER; k < length; k++, at += 12) {
    high[k] = bytes.readInt32BE(at + 4)
    low[k] = bytes.readUInt32BE(at + 8)
  }
  return { high, low }
}
