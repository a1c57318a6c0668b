// An interview printed as a dialogue names its speakers before a colon at the start of each turn (`STANDARD: Wie …?
// Fraser: Doch.`). The side asking is the publication, an organization the text names but is not about; the side
// answering is a person, whose surname the recogniser may read as a place when it stands alone before the colon.
import type { EntityRecord, MentionRange } from '../analysis.js'
import { isLetter, isUpper } from '../shared/chars.js'
import { opensSentence } from './around.js'
import { joinedMentions } from './same-name.js'

/** The turns an entity must open to be a speaker: one label may be a headline's source (`Polizei: …`). */
const MIN_TURNS = 2

/**
 * A speaker's label: the mention names (Forsa-Umfrage: names a poll), opens a sentence or a line, and a colon follows it
 * at once.
 */
function isTurn(view: string, mention: MentionRange): boolean {
  return mention.kind === 'name' && view[mention.end] === ':' && opensSentence(view, mention.start)
}

/** The entity opens at least MIN_TURNS turns, and most of its mentions are turns. */
function isSpeaker(view: string, entity: EntityRecord): boolean {
  let turns = 0
  for (const mention of entity.mentions) if (isTurn(view, mention)) turns++
  return turns >= MIN_TURNS && turns * 2 >= entity.mentions.length
}

/** The most words a speaker's label has (Peter Kaiser:, Heinz-Christian Strache:). */
const MAX_LABEL_WORDS = 3

/**
 * The turns opened from `speaker`'s first turn to the one after its last with a label that is not one of its mentions:
 * a capitalised word or a few before a colon, opening a sentence (Hofer: Das …), where the recogniser found no name.
 */
function otherTurns(view: string, speaker: EntityRecord): number {
  const own = new Set<number>()
  let first = view.length
  let lastColon = -1
  for (const mention of speaker.mentions) {
    if (!isTurn(view, mention)) continue
    own.add(mention.start)
    first = Math.min(first, mention.start)
    lastColon = Math.max(lastColon, mention.end)
  }
  let turns = 0
  let after = false
  for (let colon = view.indexOf(': ', first); colon > 0 && !after; colon = view.indexOf(': ', colon + 2)) {
    // The answer to the last question is the last turn read.
    after = colon > lastColon
    let start = colon
    for (let words = 0; words < MAX_LABEL_WORDS; words++) {
      while (start > 0 && (isLetter(view[start - 1]!) || view[start - 1] === '-')) start--
      if (start === 0 || view[start - 1] !== ' ' || opensSentence(view, start)) break
      start--
    }
    if (start < colon && isUpper(view[start]!) && opensSentence(view, start) && !own.has(start)) turns++
  }
  return turns
}

/** The last word of a name: a person's surname. */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1)
}

export interface Speakers {
  /** The entities, a speaker named by a person's surname joined to that person; order otherwise kept. */
  entities: EntityRecord[]
  /** The one organization that speaks where others speak too: the publication asking. */
  asking: EntityRecord | undefined
}

/**
 * The speakers of an interview: a speaker that is not a person but is named like the surname of a person of the
 * article (Fraser of Andrea Fraser) is that person; then, where people speak (or labels the recogniser read no name
 * in open turns too), the one organization that speaks asks. Without others speaking (a debate of parties) or with
 * several organizations speaking, no one asks.
 */
export function resolveSpeakers(entities: readonly EntityRecord[], view: string): Speakers {
  const speakers = entities.filter((entity) => isSpeaker(view, entity))
  if (speakers.length === 0) return { entities: entities.slice(), asking: undefined }
  const people = new Map<string, EntityRecord>()
  for (const entity of entities) if (entity.type === 'person' && entity.name.includes(' ')) people.set(lastWord(entity.name), entity)
  const dropped = new Set<EntityRecord>()
  let speakingPeople = 0
  for (const speaker of speakers) {
    const person = speaker.type === 'person' ? speaker : people.get(speaker.name)
    if (person === undefined) continue
    speakingPeople++
    if (person !== speaker) {
      person.mentions = joinedMentions(person.mentions, speaker.mentions)
      dropped.add(speaker)
    }
  }
  const organizations = speakers.filter((speaker) => speaker.type === 'organization')
  const asking = organizations.length === 1 && (speakingPeople > 0 || otherTurns(view, organizations[0]!) >= MIN_TURNS) ? organizations[0] : undefined
  return { entities: dropped.size === 0 ? entities.slice() : entities.filter((entity) => !dropped.has(entity)), asking }
}
