// The topics stage: an article's thematic keyphrases (keyphrases.ts) and its tags by weight, salient entities and
// keyphrases together (rank.ts).
import type { Analysis, EntityRecord } from '../analysis.js'
import { mentionTokens } from '../link/index.js'
import { slugify } from '../lexicon/index.js'
import { WordMemo } from '../shared/memo.js'
import { defineStage, type EngineContext, type StageRunner } from '../stage.js'
import { findKeyphrases, KeyphraseMemos } from './keyphrases.js'
import { rankTopics } from './rank.js'

export { findKeyphrases, type Keyphrase } from './keyphrases.js'

class TopicFinder implements StageRunner {
  readonly #memos: KeyphraseMemos
  readonly #slugs = new WordMemo<string>()
  readonly #slug = (label: string): string => this.#slugs.get(label, slugify)

  constructor(context: EngineContext) {
    this.#memos = new KeyphraseMemos(context.lexemes)
  }

  run(analysis: Analysis): void {
    const { view, tokens, lexemes, sections, sentenceStarts, entities } = analysis
    const keyphrases = findKeyphrases(view, tokens, sections, mentionTokens(entities, tokens), sentenceStartTokens(sentenceStarts, tokens.count), lexemes, this.#memos, shortNamesOf(entities))
    analysis.topics = rankTopics(entities, keyphrases, this.#slug)
  }
}

/**
 * What a text calls the article's entities for short once it has named them, lower case, never a keyphrase: the first
 * word of an organization named by several words (der Borussia after Borussia Dortmund, Dynamo after Dynamo Kiew) and
 * the last word of a person's full name (Iraschko-Stolz after Daniela Iraschko-Stolz).
 */
function shortNamesOf(entities: readonly EntityRecord[]): Set<string> {
  const words = new Set<string>()
  for (const entity of entities) {
    const space = entity.name.indexOf(' ')
    if (entity.type === 'organization' && space > 0) words.add(entity.name.slice(0, space).toLowerCase())
    if (entity.type === 'person' && space > 0) words.add(entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase())
  }
  return words
}

function sentenceStartTokens(starts: Int32Array, count: number): Uint8Array {
  const marks = new Uint8Array(count)
  for (const start of starts) marks[start] = 1
  return marks
}

export const topicsStage = defineStage({
  name: 'topics',
  reads: ['view', 'tokens', 'lexemes', 'sections', 'sentenceStarts', 'entities'],
  fills: ['topics'],
  create: (context) => new TopicFinder(context),
})
