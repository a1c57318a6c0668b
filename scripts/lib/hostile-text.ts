// Generated inputs for the property test (test/properties.test.ts) and the long fuzz run (npm run bench -- fuzz):
// German words and names glued with markup, entity names of Object.prototype, long words, zero-width joiners, lone
// surrogates, repeated names, base64 and data: URIs, other scripts, NUL and lone combining marks. And the check every
// input must pass: no throw, every span's text is its slice, the same JSON twice and from a second engine, JSON that
// survives a round trip.
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import type { Engine } from '../../src/index.js'

const WORDS = [
  'Berlin', 'München', 'Hamburg', 'Merkel', 'Angela', 'Scholz', 'Bundestag', 'Bundesregierung', 'Robert-Bosch-Stiftung',
  'G-20-Gipfel', 'EU-Türkei-Gipfel', 'Ex-ÖVP-Landesrat', 'Straße', 'Österreich', 'die', 'der', 'und', 'sagte', 'am',
  'Montag', 'Prozent', 'Euro', '2024', '3,5', 'Dr.', 'Prof.', 'z.B.', 'Bürgermeisterin', 'Wirtschaftsministerium',
  'deutsch-französischen', 'Merkels', 'SPD', 'CDU/CSU', 'Frankfurt/Main', 'Hofstetter', 'Klara', 'Regensburg',
]
const ENTITY_NAMES = ['&valueOf;', '&toString;', '&constructor;', '&__proto__;', '&hasOwnProperty;', '&amp;', '&shy;', '&#x41;', '&#0;', '&#55296;', '&#xFFFFFFFF;', '&', '&;']
const MARKUP = ['<p>', '</p>', '<br>', '<br/>', '<script>', '</script>', '<style>', '</style>', '<div class="a">', '<', '>', '<!--', '-->', '<img src="', '">', '</']
const SPACING = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '. ', ', ', ': ', '„', '“', '"', '-', '—', '–', '(', ')', '/', '\u00a0', '\u2028', '\u00ad', '\u200b']
const OTHER_SCRIPTS = ['Москва', '北京市', 'القاهرة', 'Αθήνα', 'ทดสอบ', '👩‍👩‍👧', '🇩🇪', 'ﬁ', 'İstanbul', 'ǅ', 'Ⅻ', '𝔅𝔢𝔯𝔩𝔦𝔫']
const ODD_UNITS = ['\0', '\u0301', '\u0308', '\ud800', '\udc00', '\udbff', '\ufeff', '\ufffd', '\u200d', '\u200c', '\u2060', '\u0085', '\u007f', '\u009c']

const word = fc.constantFrom(...WORDS)
const part = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 6, arbitrary: fc.constantFrom(...SPACING) },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITY_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_SCRIPTS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_UNITS) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('A', 'Ä', 'x'), fc.integer({ min: 20, max: 3000 })).map(([c, n]) => c + 'b'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 800 }).map((n) => 'A\u200d'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(word, fc.integer({ min: 2, max: 300 }), fc.constantFrom(' ', '-', '', ', ')).map(([w, n, sep]) => Array(n).fill(w).join(sep)) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 3000 }).map((b64) => `<img alt="Bild" src="data:image/png;base64,${b64}">`) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 600 }).map((b64) => `data:image/jpeg;base64,${b64}`) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 400 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
)

/** A text of up to 40 parts, and sometimes a title. */
export const hostileInput = fc.record({
  text: fc.array(part, { maxLength: 40 }).map((parts) => parts.join('')),
  title: fc.option(fc.array(part, { maxLength: 6 }).map((parts) => parts.join('')), { nil: undefined, freq: 4 }),
})

export type HostileInput = { text: string; title: string | undefined }

interface SpanLike {
  start: number
  end: number
  text: string
  field?: string
}

export interface CheckResult {
  /** Why the input fails the properties, or undefined. */
  failure: string | undefined
  /** Milliseconds of the first tag(…).toJSON(), wall clock and CPU time of the process. */
  ms: number
  cpuMs: number
}

/** Checks `input` on `engine`, and against `other` (a second engine) when given. */
export function checkInput(engine: Engine, other: Engine | undefined, input: HostileInput): CheckResult {
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const elapsed = () => {
    const cpu = process.cpuUsage(cpu0)
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }
  }
  let json: ReturnType<ReturnType<Engine['tag']>['toJSON']>
  const options = input.title === undefined ? {} : { title: input.title }
  try {
    json = engine.tag(input.text, options).toJSON({ sentences: true })
  } catch (error) {
    return { failure: `threw ${(error as Error).stack ?? String(error)}`, ...elapsed() }
  }
  const times = elapsed()
  return { failure: checkJson(engine, other, input, json), ...times }
}

function checkJson(engine: Engine, other: Engine | undefined, input: HostileInput, json: ReturnType<ReturnType<Engine['tag']>['toJSON']>): string | undefined {
  const options = input.title === undefined ? {} : { title: input.title }
  const spans: SpanLike[] = [...json.sections, ...(json.sentences ?? []), ...json.entities.flatMap((entity) => entity.mentions)]
  for (const span of spans) {
    const source = span.field === 'title' ? input.title ?? '' : input.text
    if (!(span.start >= 0 && span.start < span.end && span.end <= source.length) || source.slice(span.start, span.end) !== span.text) return `bad span ${JSON.stringify(span)}`
  }
  const text = JSON.stringify(json)
  if (!isDeepStrictEqual(JSON.parse(text), json)) return 'JSON does not round-trip'
  if (JSON.stringify(engine.tag(input.text, options).toJSON({ sentences: true })) !== text) return 'second tag() differs'
  if (other && JSON.stringify(other.tag(input.text, options).toJSON({ sentences: true })) !== text) return 'another engine differs'
  return undefined
}
