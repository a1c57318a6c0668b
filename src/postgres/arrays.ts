// Array parameters in PostgreSQL's binary array format (array_recv). The driver sends a Buffer as a binary value, and a
// parameter cast to int4[] (or text[], float8[], bytea[]) is read from it as is: for the hundreds of thousands of
// postings of a bulk load this is quicker on both sides than the text form ('{1,2,3}'), which the driver builds and the
// server parses element by element.

const INT4 = 23
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

/** A one-dimensional text[] (UTF-8) or, for Buffers, bytea[]. */
function varlenaArray(elementType: number, values: readonly Buffer[]): Buffer {
  let size = HEADER
  for (const value of values) size += 4 + value.length
  const buffer = Buffer.allocUnsafe(size)
  header(buffer, elementType, values.length, false)
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
  return varlenaArray(TEXT, values.map((value) => Buffer.from(value, 'utf8')))
}

export function byteaArray(values: readonly Buffer[]): Buffer {
  return varlenaArray(BYTEA, values)
}

