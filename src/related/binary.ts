// The compact binary form of a RelatedIndex (serialize / deserialize): what the JSON form holds, in about a third of
// its size, read without parsing text. A large index saved as JSON is slow to load and, at a million documents, longer
// than the longest string JavaScript can build.
//
// Layout (little-endian): a 24-byte header (MAGIC, FORMAT_VERSION as u32, the FNV-1a checksum of the payload as u32,
// the payload length as two u32, low half first), then the payload: the options as JSON; the tag keys in ascending
// order, their labels, the document ids (string lists, see bytes.ts); each document's tag count (varint); padding
// to 8 bytes and each publication time (f64, NaN when undated); padding to 4 and every weight (f32), document after
// document; every tag reference as a varint, each document's in ascending order: the first as its position among the
// keys, the rest as the gap to the one before minus one.
import { hashBytes, FNV_OFFSET } from '../shared/hash.js'
import { ByteReader, ByteWriter } from './bytes.js'
import type { ResolvedOptions } from './options.js'
import { MAX_FEATURES, MAX_WEIGHT, weightProblem } from './profile.js'
import { parseSavedOptions, tagKeyProblem } from './serialize.js'

/** "\x89SWIDX\r\n": a high first byte and a line ending, so that a file mangled as text or read as text is told apart. */
const MAGIC: readonly number[] = [0x89, 0x53, 0x57, 0x49, 0x44, 0x58, 0x0d, 0x0a]
export const FORMAT_VERSION = 1
const HEADER_BYTES = 24
/** How many bytes isSerializedIndex needs. */
export const MAGIC_BYTES = MAGIC.length

/** Whether bytes start as serialize() output does: tells a saved binary index from tagged JSONL. */
export function isSerializedIndex(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte)
}

/** One live document as serialize() reads it: its tag ids and weights are entries start..end of the arrays. */
export interface StoredDoc {
  id: string
  publishedAt: number
  tags: Int32Array
  weights: Float32Array
  start: number
  end: number
}

export interface StoredTags {
  keys: readonly string[]
  labels: readonly string[]
  /** Live documents per tag: a tag with none is not written. */
  df: Int32Array
}

export function encodeIndex(options: ResolvedOptions, table: StoredTags, forEachDoc: (visit: (doc: StoredDoc) => void) => void): Uint8Array {
  const used: number[] = []
  for (let tag = 0; tag < table.keys.length; tag++) if (table.df[tag]! > 0) used.push(tag)
  // The default sort compares UTF-16 code units, the order of a document's own tags (profile.ts).
  used.sort((a, b) => (table.keys[a]! < table.keys[b]! ? -1 : 1))
  const rank = new Int32Array(table.keys.length).fill(-1)
  used.forEach((tag, i) => (rank[tag] = i))
  const ids: string[] = []
  const published: number[] = []
  const counts: number[] = []
  forEachDoc((doc) => {
    ids.push(doc.id)
    published.push(doc.publishedAt)
    counts.push(doc.end - doc.start)
  })
  const out = new ByteWriter()
  for (let i = 0; i < HEADER_BYTES; i++) out.u8(0)
  const { postingCap, candidates, expand, weights, idf, expansionNorm } = options
  out.strings([JSON.stringify({ postingCap, candidates, expand, weights, idf, expansionNorm })])
  out.strings(used.map((tag) => table.keys[tag]!))
  out.strings(used.map((tag) => table.labels[tag]!))
  out.strings(ids)
  for (const count of counts) out.varint(count)
  out.align(8)
  for (const ms of published) out.f64(ms)
  out.align(4)
  forEachDoc((doc) => out.f32s(doc.weights.subarray(doc.start, doc.end)))
  forEachDoc((doc) => {
    let previous = -1
    for (let k = doc.start; k < doc.end; k++) {
      const r = rank[doc.tags[k]!]!
      out.varint(r - previous - 1)
      previous = r
    }
  })
  const bytes = out.finish()
  const header = new DataView(bytes.buffer, 0, HEADER_BYTES)
  MAGIC.forEach((byte, i) => header.setUint8(i, byte))
  const payload = bytes.length - HEADER_BYTES
  header.setUint32(8, FORMAT_VERSION, true)
  header.setUint32(12, hashBytes(FNV_OFFSET, bytes.subarray(HEADER_BYTES)), true)
  header.setUint32(16, payload % 2 ** 32, true)
  header.setUint32(20, Math.floor(payload / 2 ** 32), true)
  return bytes
}

/** A document read back: `ranks` (positions in `keys`, ascending) is a scratch array, valid until the next one. */
export interface ReadDoc {
  id: string
  publishedAt: number
  ranks: Int32Array
  weights: Float32Array
}

export interface DecodedIndex {
  options: ResolvedOptions
  keys: string[]
  labels: string[]
  docs: Generator<ReadDoc>
}

function fail(message: string): never {
  throw new TypeError(`RelatedIndex.deserialize: ${message}`)
}

const corrupt = (message: string): never => fail(`bytes are corrupted: ${message}`)

/** Checks the header, the length and the checksum, then reads the payload; documents are read (and checked) lazily. */
export function decodeIndex(bytes: Uint8Array): DecodedIndex {
  if (bytes.length < HEADER_BYTES || !isSerializedIndex(bytes)) fail('bytes are not a serialized RelatedIndex (no magic number at the start)')
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES)
  const version = header.getUint32(8, true)
  if (version !== FORMAT_VERSION) fail(`bytes are format version ${version}; this version of schlagwort reads version ${FORMAT_VERSION}`)
  const payload = header.getUint32(16, true) + header.getUint32(20, true) * 2 ** 32
  const actual = bytes.length - HEADER_BYTES
  if (actual < payload) fail(`bytes are truncated: the header says ${payload} payload bytes, ${actual} follow`)
  if (actual > payload) fail(`bytes have ${actual - payload} bytes after the index`)
  if (hashBytes(FNV_OFFSET, bytes.subarray(HEADER_BYTES)) !== header.getUint32(12, true)) fail('bytes fail their checksum: they are corrupted')
  const reader = new ByteReader(bytes, HEADER_BYTES, bytes.length, corrupt)
  const [optionsJson] = reader.strings('options')
  let savedOptions: unknown
  try {
    savedOptions = JSON.parse(optionsJson ?? '')
  } catch {
    corrupt('the options are not JSON')
  }
  const options = parseSavedOptions(savedOptions, 'RelatedIndex.deserialize: bytes')
  const keys = reader.strings('tag keys')
  keys.forEach((key, i) => {
    const problem = tagKeyProblem(key)
    if (problem !== undefined) corrupt(`tag ${i} ${problem}`)
    if (i > 0 && !(keys[i - 1]! < key)) corrupt(`tag ${i} is not after tag ${i - 1} in key order`)
  })
  const labels = reader.strings('tag labels')
  if (labels.length !== keys.length) corrupt(`${labels.length} tag labels for ${keys.length} tags`)
  const ids = reader.strings('document ids')
  const counts = new Uint16Array(ids.length)
  let total = 0
  for (let d = 0; d < ids.length; d++) {
    const count = reader.varint('tag counts')
    if (count > MAX_FEATURES) corrupt(`document ${d} has ${count} tags, more than ${MAX_FEATURES}`)
    total += counts[d] = count
  }
  reader.skipAlignment(8)
  const published = reader.f64s(ids.length, 'publication times')
  published.forEach((ms, d) => Number.isNaN(ms) || Number.isFinite(ms) || corrupt(`document ${d}: publication time must be finite or NaN, got ${ms}`))
  reader.skipAlignment(4)
  const weights = reader.f32s(total, 'weights')
  return { options, keys, labels, docs: readDocs(reader, ids, published, counts, weights, keys.length) }
}

function* readDocs(reader: ByteReader, ids: string[], published: Float64Array, counts: Uint16Array, weights: Float32Array, tagCount: number): Generator<ReadDoc> {
  const ranks = new Int32Array(MAX_FEATURES)
  let offset = 0
  for (let d = 0; d < ids.length; d++) {
    const n = counts[d]!
    let previous = -1
    for (let k = 0; k < n; k++) {
      const rank = previous + 1 + reader.varint('tag references')
      if (rank >= tagCount) corrupt(`document ${d} tag ${k}: reference ${rank} past the ${tagCount} tags`)
      const weight = weights[offset + k]!
      if (!(weight > 0 && weight <= MAX_WEIGHT)) corrupt(`document ${d} tag ${k}: ${weightProblem(weight)}`)
      ranks[k] = previous = rank
    }
    yield { id: ids[d]!, publishedAt: published[d]!, ranks: ranks.subarray(0, n), weights: weights.subarray(offset, offset + n) }
    offset += n
  }
  if (reader.pos !== reader.end) corrupt(`${reader.end - reader.pos} bytes left after the last document`)
}
