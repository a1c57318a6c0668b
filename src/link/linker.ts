// The link stage's runner for one engine: mentions → entities (entities.ts), one referent per name (propagate.ts),
// only entities anchored in the tagged text, ranked by salience (salience.ts). The knowledge-base index, its lookup
// memos and the per-lexeme buffer are the engine's own.
import type { Analysis, EntityRecord, MentionRange } from '../analysis.js'
import { kbEntries, slugify } from '../lexicon/index.js'
import { LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import { WordMemo } from '../shared/memo.js'
import type { EngineContext, StageRunner } from '../stage.js'
import { withoutCommonNouns } from './common-words.js'
import { keepAnchored, linkEntities } from './entities.js'
import { lookupName } from './lookup.js'
import { buildKbIndex, type KbIndex } from './kb-index.js'
import { resolveOverlaps } from './overlaps.js'
import { propagateMentions } from './propagate.js'
import { rankBySalience } from './salience.js'
import { mergeSameNames } from './same-name.js'
import { resolveSpeakers } from './speakers.js'
import { isSourceMention } from './sources.js'
import { withFirstNamesJoined } from './first-names.js'
import { withSurnamesJoined } from './surnames.js'
import { WordChecks } from './word-checks.js'

export class Linker implements StageRunner {
  readonly #context: EngineContext
  readonly #lexemes: LexemeTable
  #index: KbIndex | undefined
  readonly #ownerOf: LexemeInts
  readonly #slugs = new WordMemo<string>()
  readonly #slug = (name: string): string => this.#slugs.get(name, slugify)
  readonly #ownIds: ReadonlySet<string>
  readonly #words = new WordChecks()

  constructor(context: EngineContext) {
    this.#context = context
    this.#lexemes = context.lexemes
    this.#ownerOf = new LexemeInts(context.lexemes, -1)
    this.#ownIds = new Set(context.ownEntries.map((entry) => entry.id))
  }

  run(analysis: Analysis): void {
    const { view, tokens, lexemes, sections, mentionSections, datelinePlaces, mentions } = analysis
    const index = this.index()
    const isKnownId = (id: string) => index.byId.has(id)
    const linked = mergeSameNames(linkEntities(mentions, { view, sections, ownIds: this.#ownIds, words: this.#words }, index, this.#slug), isKnownId)
    propagateMentions(linked, view, tokens, mentionSections, lexemes, this.#lexemes, this.#ownerOf, this.#words, (id) => index.byId.get(id)?.aliases ?? [])
    const named = withSurnamesJoined(withFirstNamesJoined(withoutCommonNouns(linked, view, isKnownId, (name) => lookupName(index, name) !== undefined, this.#words), isKnownId), isKnownId)
    const spoken = resolveSpeakers(named, view)
    const resolved = resolveOverlaps(spoken.entities, isKnownId)
    const isAgency = (entity: EntityRecord) => index.byId.get(entity.id)?.info['kind'] === 'agency'
    const namesSource = (mention: MentionRange) => isSourceMention(view, mention)
    analysis.entities = rankBySalience(keepAnchored(resolved, sections), sections, { unheard: spoken.asking, datelines: datelinePlaces, isAgency, namesSource })
  }

  /** The index over the bundled knowledge base and the engine's own entries (which replace bundled ones by id). */
  index(): KbIndex {
    this.#index ??= buildKbIndex([...kbEntries(), ...this.#context.ownEntries])
    return this.#index
  }
}
