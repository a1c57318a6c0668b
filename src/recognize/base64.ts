// Base64 → bytes without Buffer or atob, so that the bundled model loads the same way in Node and in browsers.

const CODES = new Int16Array(128).fill(-1)
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i

export function decodeBase64(text: string): Uint8Array {
  let length = text.length
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length--
  const out = new Uint8Array(Math.floor((length * 3) / 4))
  let bits = 0
  let count = 0
  let o = 0
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? CODES[c]! : -1
    if (v < 0) throw new Error(`base64: unexpected character at ${i}`)
    bits = (bits << 6) | v
    count += 6
    if (count >= 8) {
      count -= 8
      out[o++] = (bits >> count) & 0xff
    }
  }
  return out.subarray(0, o)
}
