// Reading and writing the pieces of the binary index format (binary.ts): unsigned LEB128 varints, little-endian
// 32- and 64-bit float columns, and string lists. Both sides are plain Uint8Array code (no Buffer), so the format
// works wherever the library does.

/** Typed arrays are host-endian; the format is little-endian, so a big-endian host goes through DataView. */
const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
// An unpaired surrogate does not survive UTF-8: string lists that hold one are written as UTF-16 code units.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UTF8 = 0
const UTF16 = 1
// String.fromCharCode takes its code units as arguments: a bounded number at a time.
const CHAR_CHUNK = 8192

export class ByteWriter {
  #bytes = new Uint8Array(1 << 16)
  #view = new DataView(this.#bytes.buffer)
  length = 0

  #room(n: number): void {
    if (this.length + n <= this.#bytes.length) return
    let size = this.#bytes.length * 2
    while (size < this.length + n) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.#bytes.subarray(0, this.length))
    this.#bytes = grown
    this.#view = new DataView(grown.buffer)
  }

  u8(value: number): void {
    this.#room(1)
    this.#bytes[this.length++] = value
  }

  u32(value: number): void {
    this.#room(4)
    this.#view.setUint32(this.length, value, true)
    this.length += 4
  }

  varint(value: number): void {
    this.#room(8)
    while (value >= 0x80) {
      this.#bytes[this.length++] = (value % 0x80) | 0x80
      value = Math.floor(value / 0x80)
    }
    this.#bytes[this.length++] = value
  }

  bytes(bytes: Uint8Array): void {
    this.#room(bytes.length)
    this.#bytes.set(bytes, this.length)
    this.length += bytes.length
  }

  /** Zero bytes up to a multiple of `n` from the start, so that the column after it can be read in place. */
  align(n: number): void {
    while (this.length % n !== 0) this.u8(0)
  }

  f64(value: number): void {
    this.#room(8)
    this.#view.setFloat64(this.length, value, true)
    this.length += 8
  }

  f32s(values: Float32Array): void {
    if (!HOST_LITTLE_ENDIAN) {
      for (const value of values) {
        this.#room(4)
        this.#view.setFloat32(this.length, value, true)
        this.length += 4
      }
      return
    }
    this.bytes(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
  }

  /** A list of strings: count, encoding, each length in UTF-16 code units, then all of them as one run of text. */
  strings(strings: readonly string[]): void {
    const joined = strings.join('')
    const utf16 = LONE_SURROGATE.test(joined)
    this.varint(strings.length)
    this.u8(utf16 ? UTF16 : UTF8)
    for (const s of strings) this.varint(s.length)
    if (!utf16) {
      const bytes = new TextEncoder().encode(joined)
      this.varint(bytes.length)
      this.bytes(bytes)
      return
    }
    this.#room(joined.length * 2)
    for (let i = 0; i < joined.length; i++) {
      this.#view.setUint16(this.length, joined.charCodeAt(i), true)
      this.length += 2
    }
  }

  /** The bytes written, in a buffer of their own. */
  finish(): Uint8Array {
    return this.#bytes.slice(0, this.length)
  }
}

/** Reads what ByteWriter wrote; anything out of bounds or malformed calls `fail`, which throws. */
export class ByteReader {
  readonly #bytes: Uint8Array
  readonly #view: DataView
  readonly #fail: (message: string) => never
  pos: number
  readonly end: number

  constructor(bytes: Uint8Array, start: number, end: number, fail: (message: string) => never) {
    this.#bytes = bytes
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.#fail = fail
    this.pos = start
    this.end = end
  }

  #need(n: number, what: string): void {
    if (n > this.end - this.pos) this.#fail(`end before ${what}`)
  }

  u8(what: string): number {
    this.#need(1, what)
    return this.#bytes[this.pos++]!
  }

  varint(what: string): number {
    let value = 0
    let scale = 1
    for (let i = 0; i < 8; i++) {
      const byte = this.u8(what)
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
    return this.#fail(`${what} is not a varint of at most 8 bytes`)
  }

  /** A count of items each taking at least `minBytes`: one larger than the rest of the input is corrupt. */
  count(what: string, minBytes: number): number {
    const n = this.varint(what)
    if (n * minBytes > this.end - this.pos) this.#fail(`${what} ${n} is more than the rest of the input holds`)
    return n
  }

  /** Alignment counts from the start of the format (ByteWriter.align), not from the buffer the bytes came in. */
  skipAlignment(n: number): void {
    while (this.pos % n !== 0) this.u8('alignment')
  }

  f64s(n: number, what: string): Float64Array {
    this.#need(n * 8, what)
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++) out[i] = this.#view.getFloat64(this.pos + i * 8, true)
    this.pos += n * 8
    return out
  }

  /** `n` little-endian floats: a view of the input when the host and the alignment allow, else a copy. */
  f32s(n: number, what: string): Float32Array {
    this.#need(n * 4, what)
    const offset = this.#bytes.byteOffset + this.pos
    let out: Float32Array
    if (HOST_LITTLE_ENDIAN && offset % 4 === 0) out = new Float32Array(this.#bytes.buffer, offset, n)
    else if (HOST_LITTLE_ENDIAN) out = new Float32Array(this.#bytes.slice(this.pos, this.pos + n * 4).buffer)
    else {
      out = new Float32Array(n)
      for (let i = 0; i < n; i++) out[i] = this.#view.getFloat32(this.pos + i * 4, true)
    }
    this.pos += n * 4
    return out
  }

  strings(what: string): string[] {
    const n = this.count(`${what} count`, 1)
    const encoding = this.u8(`${what} encoding`)
    if (encoding !== UTF8 && encoding !== UTF16) this.#fail(`${what} encoding ${encoding} is unknown`)
    const lengths = new Array<number>(n)
    let total = 0
    for (let i = 0; i < n; i++) total += lengths[i] = this.varint(`${what} lengths`)
    let text: string
    if (encoding === UTF8) {
      const size = this.count(`${what} byte length`, 1)
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(this.#bytes.subarray(this.pos, this.pos + size))
      } catch {
        return this.#fail(`${what} are not valid UTF-8`)
      }
      this.pos += size
    } else {
      this.#need(total * 2, what)
      const parts: string[] = []
      const units = new Array<number>()
      for (let i = 0; i < total; i++) {
        units.push(this.#view.getUint16(this.pos + i * 2, true))
        if (units.length === CHAR_CHUNK || i === total - 1) parts.push(String.fromCharCode(...units.splice(0)))
      }
      text = parts.join('')
      this.pos += total * 2
    }
    if (text.length !== total) this.#fail(`${what} lengths do not add up to their text`)
    const out = new Array<string>(n)
    for (let i = 0, at = 0; i < n; at += lengths[i]!, i++) out[i] = text.slice(at, at + lengths[i]!)
    return out
  }
}
