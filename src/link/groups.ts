// The entities of one document as linking builds them: by id, each with its mentions, a span counted once.
import type { EntityRecord, MentionRange } from '../analysis.js'
import type { KbEntry } from '../lexicon/index.js'
import type { EntityType } from '../types.js'
import type { Piece } from './pieces.js'

interface Group {
  id: string
  name: string
  type: EntityType
  mentions: MentionRange[]
  /** The span of each mention (spanKey), once the group has SCAN_LIMIT mentions; below, a scan is cheaper. */
  spans: Set<number | string> | undefined
}

const SCAN_LIMIT = 16

/** Mentions shorter than this get a number key, start · SPAN_LENGTHS + length: exact, as offsets stay below 2^31. */
const SPAN_LENGTHS = 2 ** 22

function spanKey(start: number, end: number): number | string {
  return end - start < SPAN_LENGTHS ? start * SPAN_LENGTHS + (end - start) : `${start}:${end}`
}

/** A span is one mention however often it is added. */
function has(group: Group, start: number, end: number): boolean {
  if (group.spans) return group.spans.has(spanKey(start, end))
  for (const mention of group.mentions) if (mention.start === start && mention.end === end) return true
  return false
}

export class Groups {
  readonly #groups = new Map<string, Group>()

  add(id: string, name: string, type: EntityType, piece: Pick<Piece, 'start' | 'end' | 'kind'>): void {
    let group = this.#groups.get(id)
    if (!group) {
      group = { id, name, type, mentions: [], spans: undefined }
      this.#groups.set(id, group)
    }
    if (has(group, piece.start, piece.end)) return
    group.mentions.push({ start: piece.start, end: piece.end, kind: piece.kind })
    if (group.spans) group.spans.add(spanKey(piece.start, piece.end))
    else if (group.mentions.length >= SCAN_LIMIT) group.spans = new Set(group.mentions.map((m) => spanKey(m.start, m.end)))
  }

  addEntry(entry: KbEntry, piece: Piece): void {
    this.add(entry.id, entry.name, entry.type, piece)
  }

  records(): EntityRecord[] {
    return [...this.#groups.values()].map((group) => ({
      id: group.id,
      name: group.name,
      type: group.type,
      mentions: group.mentions.sort((a, b) => a.start - b.start || a.end - b.end),
      salience: 0,
    }))
  }
}
