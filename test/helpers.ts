import { seededRandom } from '../scripts/lib/random.js'

export { seededRandom }

/** `length` UTF-16 code units of random code points, lone surrogates and control characters included. */
export function randomCodeUnits(length: number, seed = 1): string {
  const random = seededRandom(seed)
  const units = new Uint16Array(length)
  for (let i = 0; i < length; i++) {
    const r = random()
    // Bias towards letters, spaces and punctuation so that tokenizer paths are exercised, not only junk.
    units[i] = r < 0.3 ? 0x61 + Math.floor(random() * 26) : r < 0.4 ? 0x20 : r < 0.45 ? 0x2e : r < 0.5 ? 0x0a : Math.floor(random() * 0x10000)
  }
  let text = ''
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192))
  return text
}

/** Every span's text is the slice of its string (text, or title when field === 'title'). */
export function spansAreValid(spans: Array<{ start: number; end: number; text: string; field?: string }>, text: string, title?: string): boolean {
  return spans.every((span) => (span.field === 'title' ? title ?? '' : text).slice(span.start, span.end) === span.text && span.start < span.end)
}
