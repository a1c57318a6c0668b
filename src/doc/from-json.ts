// A tagged document's JSON (Doc.toJSON) read back into an analysis a Doc can answer from. The JSON holds spans, not
// the whole text (unless saved with { text: true }): the source is rebuilt from the spans' own texts at their offsets,
// which is all a Doc reads of it. Every part is checked; a bad one is a TypeError naming it.
import { newAnalysis, type Analysis, type EntityRecord, type MentionRange, type SectionRange } from '../analysis.js'
import { describe } from '../shared/describe.js'
import type { EntityType, MentionKind, SectionType, Sentence, Span, Term, Topic, TopicKind } from '../types.js'

// Each a record over its union type, so that the compiler keeps them complete.
const SECTION_TYPES: Readonly<Record<SectionType, true>> = Object.freeze({ title: true, lead: true, body: true, caption: true, byline: true, related: true, teasers: true, comments: true, other: true })
const ENTITY_TYPES: Readonly<Record<EntityType, true>> = Object.freeze({ person: true, place: true, organization: true, other: true })
const MENTION_KINDS: Readonly<Record<MentionKind, true>> = Object.freeze({ name: true, derived: true, part: true })
const TOPIC_KINDS: Readonly<Record<TopicKind, true>> = Object.freeze({ entity: true, keyphrase: true })

function bad(path: string, what: string, value: unknown): never {
  throw new TypeError(`Doc.fromJSON: ${path} ${what}, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? value : describe(value)}`)
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bad(path, 'must be an object', value)
  return value as Record<string, unknown>
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) bad(path, 'must be an array', value)
  return value
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') bad(path, 'must be a string', value)
  return value
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(path, 'must be a finite number', value)
  return value
}

function oneOf<T extends string>(value: unknown, allowed: Readonly<Record<T, true>>, path: string): T {
  if (typeof value !== 'string' || !Object.hasOwn(allowed, value)) bad(path, `must be one of ${Object.keys(allowed).join(', ')}`, value)
  return value as T
}

/** A span's offsets, text and field, checked against each other. */
function span(value: unknown, path: string): Span {
  const raw = object(value, path)
  const start = raw.start
  const end = raw.end
  if (!Number.isSafeInteger(start) || (start as number) < 0) bad(`${path}.start`, 'must be a non-negative integer', start)
  if (!Number.isSafeInteger(end) || (end as number) < (start as number)) bad(`${path}.end`, 'must be an integer not below start', end)
  const text = string(raw.text, `${path}.text`)
  if (text.length !== (end as number) - (start as number)) bad(`${path}.text`, `must be end - start = ${(end as number) - (start as number)} code units long`, text)
  if (raw.field !== undefined && raw.field !== 'title') bad(`${path}.field`, 'must be "title" or absent', raw.field)
  return raw.field === 'title' ? { start: start as number, end: end as number, text, field: 'title' } : { start: start as number, end: end as number, text }
}

/**
 * One of the two strings spans index into, rebuilt: `given` when the JSON has it, else the spans' texts at their
 * offsets (spaces between). Spans that disagree with it, or with each other, are refused.
 */
function rebuild(given: string | undefined, spans: Array<[Span, string]>): string {
  const length = given?.length ?? Math.max(0, ...spans.map(([s]) => s.end))
  const units = new Uint16Array(length).fill(0x20)
  const known = new Uint8Array(length)
  for (let i = 0; i < (given?.length ?? 0); i++) (units[i] = given!.charCodeAt(i)), (known[i] = 1)
  for (const [s, path] of spans) {
    for (let i = 0; i < s.text.length; i++) {
      const at = s.start + i
      if (at >= length || (known[at] === 1 && units[at] !== s.text.charCodeAt(i))) bad(`${path}.text`, `disagrees with the text at offsets ${s.start}..${s.end}`, s.text)
      units[at] = s.text.charCodeAt(i)
      known[at] = 1
    }
  }
  if (given !== undefined) return given
  let text = ''
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192))
  return text
}

export interface ParsedDoc {
  analysis: Analysis
  /** The saved sentences (the JSON has no tokens to find them from), or undefined when it has none. */
  sentences: Sentence[] | undefined
}

export function analysisFromJSON(json: unknown): ParsedDoc {
  const raw = object(json, 'json')
  const text = raw.text === undefined ? undefined : string(raw.text, 'json.text')
  const title = raw.title === undefined ? undefined : string(raw.title, 'json.title')
  const spans: Array<[Span, string]> = []
  const read = (value: unknown, path: string) => {
    const s = span(value, path)
    spans.push([s, path])
    return s
  }
  const sections = array(raw.sections, 'json.sections').map((value, i) => ({ type: oneOf(object(value, `json.sections[${i}]`).type, SECTION_TYPES, `json.sections[${i}].type`), span: read(value, `json.sections[${i}]`) }))
  const sentences = raw.sentences === undefined ? undefined : array(raw.sentences, 'json.sentences').map((value, i) => read(value, `json.sentences[${i}]`))
  const entities = array(raw.entities, 'json.entities').map((value, i) => {
    const path = `json.entities[${i}]`
    const entity = object(value, path)
    const mentions = array(entity.mentions, `${path}.mentions`).map((m, k) => ({ kind: oneOf(object(m, `${path}.mentions[${k}]`).kind, MENTION_KINDS, `${path}.mentions[${k}].kind`), span: read(m, `${path}.mentions[${k}]`) }))
    return { id: string(entity.id, `${path}.id`), name: string(entity.name, `${path}.name`), type: oneOf(entity.type, ENTITY_TYPES, `${path}.type`), salience: finite(entity.salience, `${path}.salience`), mentions }
  })
  const topics = array(raw.topics, 'json.topics').map((value, i): Topic => {
    const topic = object(value, `json.topics[${i}]`)
    return { id: string(topic.id, `json.topics[${i}].id`), label: string(topic.label, `json.topics[${i}].label`), kind: oneOf(topic.kind, TOPIC_KINDS, `json.topics[${i}].kind`), weight: finite(topic.weight, `json.topics[${i}].weight`) }
  })
  const terms = array(raw.terms, 'json.terms').map((value, i): Term => {
    const term = array(value, `json.terms[${i}]`)
    if (term.length < 2 || term.length > 3) bad(`json.terms[${i}]`, 'must be [term, weight] or [term, weight, label]', value)
    const out: Term = [string(term[0], `json.terms[${i}][0]`), finite(term[1], `json.terms[${i}][1]`)]
    if (term.length === 3) out.push(string(term[2], `json.terms[${i}][2]`))
    return out
  })
  const titleSpans = spans.filter(([s]) => s.field === 'title')
  const builtTitle = title !== undefined || titleSpans.length > 0 ? rebuild(title, titleSpans) : undefined
  const analysis = newAnalysis(rebuild(text, spans.filter(([s]) => s.field !== 'title')), builtTitle)
  // A Doc reports its text and title as given: a rebuilt one (spaces between spans) is not the caller's.
  analysis.text = text ?? ''
  analysis.title = title === '' ? undefined : title
  const { textOffset } = analysis
  const at = (s: Span) => (s.field === 'title' ? s.start : s.start + textOffset)
  analysis.sections = sections.map(({ type, span: s }): SectionRange => ({ type, start: at(s), end: at(s) + s.text.length }))
  analysis.entities = entities.map(({ mentions, ...entity }): EntityRecord => ({ ...entity, mentions: mentions.map(({ kind, span: s }): MentionRange => ({ start: at(s), end: at(s) + s.text.length, kind })) }))
  analysis.topics = topics
  analysis.terms = terms
  return { analysis, sentences }
}
