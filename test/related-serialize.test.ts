import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { RelatedIndex, type DocJSON } from '../src/index.js'
import { FNV_OFFSET, hashBytes } from '../src/shared/hash.js'
import { seededRandom } from './helpers.js'

/** Random tagged documents in a few stories, with publication times and labels. */
function corpus(count: number, seed: number): Array<[string, DocJSON, number]> {
  const random = seededRandom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  return Array.from({ length: count }, (_, i) => {
    const story = pick(12)
    const terms: Array<[string, number, string]> = []
    for (let k = 0; k < 8; k++) if (random() < 0.7) terms.push([`s${story}w${k}`, 0.2 + random(), `Wort${k}`])
    for (let k = 0; k < 6; k++) terms.push([`w${pick(80)}`, 0.1 + random() * 0.5, ''])
    const doc: DocJSON = {
      sections: [],
      entities: [{ id: `org:verein-${story}`, name: `Verein ${story}`, type: 'organization', salience: 0.3 + random() * 0.7, mentions: [] }, { id: 'place:deutschland', name: 'Deutschland', type: 'place', salience: random(), mentions: [] }],
      topics: random() < 0.5 ? [{ id: `topic:t${story}`, label: `Thema ${story}`, kind: 'keyphrase', weight: 0.8 }] : [],
      terms,
    }
    return [`artikel-${i}`, doc, Date.UTC(2024, 0, 1) + story * 86_400_000 * 5 + pick(3) * 86_400_000]
  })
}

function build(docs: Array<[string, DocJSON, number]>, options = {}): RelatedIndex {
  const index = new RelatedIndex(options)
  for (const [id, doc, publishedAt] of docs) index.add(id, doc, { publishedAt })
  return index
}

/** Bytes with one byte changed and, with `reseal`, a checksum that fits again (as a crafted file would have). */
function edited(bytes: Uint8Array, at: number, value: number, reseal: boolean): Uint8Array {
  const copy = bytes.slice()
  copy[at] = value
  if (reseal) new DataView(copy.buffer).setUint32(12, hashBytes(FNV_OFFSET, copy.subarray(24)), true)
  return copy
}

describe('RelatedIndex.serialize / deserialize', () => {
  const docs = corpus(240, 3)

  it('answers identically after the round trip, dates, labels and options kept, in less than half the JSON size', () => {
    const index = build(docs, { postingCap: 15, idf: 'none' })
    for (const [id] of docs.slice(0, 30)) index.remove(id)
    const bytes = index.serialize()
    const loaded = RelatedIndex.deserialize(bytes)
    expect(loaded.size).toBe(index.size)
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(index))
    for (const [id, doc] of docs.slice(30, 90)) {
      expect(loaded.related(id)).toEqual(index.related(id))
      expect(loaded.related(doc, { limit: 4, recency: false })).toEqual(index.related(doc, { limit: 4, recency: false }))
    }
    expect(loaded.publishedAt('artikel-40')).toBe(index.publishedAt('artikel-40'))
    expect(loaded.label('w:s3w1')).toBe('Wort1')
    expect(bytes.length).toBeLessThan(JSON.stringify(index).length / 2)
    expect(loaded.serialize()).toEqual(bytes)
  })

  it('keeps any string as an id: lone surrogates, a leading byte order mark, umlauts', () => {
    const doc = docs[0]![1]
    const index = new RelatedIndex()
    const names = ['\uFEFFMünchen', 'Straße \uD800', '\uDC00x', 'Köln 🚆', '']
    for (const id of names) index.add(id, doc)
    const loaded = RelatedIndex.deserialize(index.serialize())
    for (const id of names) expect(loaded.has(id)).toBe(true)
    expect(loaded.related('Köln 🚆').map((hit) => hit.id)).toEqual(index.related('Köln 🚆').map((hit) => hit.id))
  })

  it('round-trips an empty index, reads bytes at any offset, and takes options that replace the saved ones', () => {
    expect(RelatedIndex.deserialize(new RelatedIndex({ expand: 0 }).serialize()).toJSON()).toEqual(new RelatedIndex({ expand: 0 }).toJSON())
    const index = build(docs.slice(0, 50))
    const bytes = index.serialize()
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    const loaded = RelatedIndex.deserialize(shifted.subarray(3))
    expect(loaded.related('artikel-7')).toEqual(index.related('artikel-7'))
    expect(RelatedIndex.deserialize(bytes, { candidates: 5 }).toJSON().options.candidates).toBe(5)
  })

  it('refuses foreign, truncated and corrupted bytes with a TypeError saying which', () => {
    const bytes = build(docs.slice(0, 40)).serialize()
    expect(() => RelatedIndex.deserialize(new TextEncoder().encode('{"format":"schlagwort-related-index/2"}'))).toThrow('RelatedIndex.deserialize: bytes are not a serialized RelatedIndex')
    expect(() => RelatedIndex.deserialize(bytes.subarray(0, bytes.length - 1))).toThrow(`bytes are truncated: the header says ${bytes.length - 24} payload bytes, ${bytes.length - 25} follow`)
    expect(() => RelatedIndex.deserialize(edited(bytes, 8, 9, false))).toThrow('bytes are format version 9; this version of schlagwort reads version 1')
    expect(() => RelatedIndex.deserialize(edited(bytes, bytes.length - 5, bytes[bytes.length - 5]! ^ 1, false))).toThrow('bytes fail their checksum: they are corrupted')
    for (let cut = 0; cut < bytes.length; cut += 7) expect(() => RelatedIndex.deserialize(bytes.subarray(0, cut))).toThrow(TypeError)
    expect(() => RelatedIndex.deserialize('index.bin' as never)).toThrow('RelatedIndex.deserialize: bytes must be a Uint8Array, got string')
    expect(() => RelatedIndex.deserialize(bytes, [] as never)).toThrow('RelatedIndex.deserialize: options must be an object, got an array')
  })

  it('checks the structure even when the checksum fits: weights, ids, references', () => {
    const index = new RelatedIndex()
    index.add('aa', { sections: [], entities: [], topics: [], terms: [['hafen', 1], ['kran', 0.5]] })
    index.add('ab', { sections: [], entities: [], topics: [], terms: [['hafen', 0.25], ['schiff', 1]] })
    const bytes = index.serialize()
    // The last weight is the four bytes before the four one-byte tag references; 0xff 0xff 0xff 0x7f is NaN.
    const weightEnd = bytes.length - 4
    let nan = bytes
    for (const k of [1, 2, 3, 4]) nan = edited(nan, weightEnd - k, k === 1 ? 0x7f : 0xff, true)
    expect(() => RelatedIndex.deserialize(nan)).toThrow('bytes are corrupted: document 1 tag 1: weight must be finite')
    // The ids are written as one run of text, "aaab": make it "aaaa".
    const ids = Buffer.from(bytes).indexOf('aaab')
    expect(ids).toBeGreaterThan(24)
    expect(() => RelatedIndex.deserialize(edited(bytes, ids + 3, 0x61, true))).toThrow('bytes are corrupted: id "aa" repeats')
    expect(() => RelatedIndex.deserialize(edited(bytes, bytes.length - 1, 9, true))).toThrow('bytes are corrupted: document 1 tag 1: reference 10 past the 3 tags')
  })
})
