// How much an article is about each entity: where its mentions stand (title and lead weigh more than body), how
// many there are, how early the first one comes, and whether they name it or only derive from it.
import { SECTION_WEIGHT, TAGGED_SECTIONS, type EntityRecord, type MentionRange, type SectionRange, type TextSpan } from '../analysis.js'
import type { MentionKind, SectionType } from '../types.js'

/** A photo caption describes the article's picture: its mentions count, a little. Other sections do not. */
const MENTION_WEIGHT: Readonly<Partial<Record<SectionType, number>>> = { ...SECTION_WEIGHT, caption: 0.5 }
const KIND_WEIGHT: Readonly<Record<MentionKind, number>> = { name: 1, derived: 0.5, part: 0.5 }
/** At most this much is added for a mention at the very start of the tagged text, falling linearly to 0 at its end. */
const EARLY_BONUS = 1.5
/**
 * What a mention counts that tells where the news came from, not what it is about: a dateline's place (Wien in
 * "Wien – Die Regierung …"), a news agency the title does not name (sagte ein Sprecher der APA) or a body named as
 * the source (nach Informationen des STANDARD, laut Statistik Austria).
 */
const SOURCE_WEIGHT = 0.1

/**
 * `offset` lies in one of `spans` (sorted, disjoint), by binary search. Apart from sectionAt, so that each reads one
 * shape of object.
 */
function inSpans(spans: readonly TextSpan[], offset: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const span = spans[mid]!
    if (offset < span.start) hi = mid - 1
    else if (offset >= span.end) lo = mid + 1
    else return true
  }
  return false
}

/** What rankBySalience discounts. */
export interface Discounts {
  /** An entity the text names but is not about (an interview's asking publication): salience 0. */
  unheard?: EntityRecord | undefined
  /** The spans of dateline places, in text order: a mention there counts SOURCE_WEIGHT and earns no early bonus. */
  datelines?: readonly TextSpan[]
  /** A news agency: unless the title names it, its mentions count SOURCE_WEIGHT and earn no early bonus. */
  isAgency?: (entity: EntityRecord) => boolean
  /** A body's mention that names the source of the news (nach Informationen des STANDARD): counts SOURCE_WEIGHT. */
  namesSource?: (mention: MentionRange) => boolean
}

/** The section (of sorted, disjoint `sections`) that holds `offset`, by binary search. */
export function sectionAt(sections: readonly SectionRange[], offset: number): SectionRange | undefined {
  let lo = 0
  let hi = sections.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const section = sections[mid]!
    if (offset < section.start) hi = mid - 1
    else if (offset >= section.end) lo = mid + 1
    else return section
  }
  return undefined
}

/** Sets salience in [0, 1] relative to the most salient entity, and sorts by it (then by id, for determinism). */
export function rankBySalience(entities: EntityRecord[], sections: readonly SectionRange[], { unheard, datelines = [], isAgency, namesSource }: Discounts = {}): EntityRecord[] {
  const tagged = sections.filter((section) => TAGGED_SECTIONS.has(section.type))
  const from = tagged[0]?.start ?? 0
  const span = Math.max(1, (tagged[tagged.length - 1]?.end ?? 1) - from)
  const raw = entities.map((entity) => {
    if (entity === unheard) return 0
    // An agency the title names is what the article is about.
    const source = isAgency?.(entity) === true && !entity.mentions.some((mention) => sectionAt(sections, mention.start)?.type === 'title')
    const body = entity.type === 'organization' ? namesSource : undefined
    const isSource = (mention: MentionRange) => source || inSpans(datelines, mention.start) || body?.(mention) === true
    let score = 0
    for (const mention of entity.mentions) {
      const weight = (MENTION_WEIGHT[sectionAt(sections, mention.start)?.type ?? 'body'] ?? 0) * KIND_WEIGHT[mention.kind]
      score += isSource(mention) ? weight * SOURCE_WEIGHT : weight
    }
    const first = entity.mentions.find((mention) => mention.start >= from && !isSource(mention))
    if (first) score += EARLY_BONUS * Math.max(0, 1 - (first.start - from) / span)
    return score
  })
  let max = 0
  for (const score of raw) if (score > max) max = score
  entities.forEach((entity, i) => (entity.salience = max > 0 ? Math.round((raw[i]! / max) * 1000) / 1000 : 0))
  return entities.sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
