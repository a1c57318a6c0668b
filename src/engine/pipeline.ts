// The pipeline: the stages in their order, each with the analysis fields it reads and the ones it fills.
//   normalize  source                                                   → view
//   tokenize   view                                                     → tokens, lexemes
//   sections   view, tokens, textOffset                                 → sections, mentionSections, sentenceStarts, agencySpans, datelinePlaces
//   recognize  view, tokens, lexemes, sentenceStarts, mentionSections, agencySpans → mentions
//   link       view, tokens, lexemes, sections, mentionSections, datelinePlaces, mentions → entities
//   topics     view, tokens, lexemes, sections, sentenceStarts, entities           → topics
//   terms      view, tokens, lexemes, sections                          → terms
import { GIVEN_FIELDS, type AnalysisField } from '../analysis.js'
import { linkStage } from '../link/index.js'
import { normalizeStage } from '../normalize/index.js'
import { recognizeStage } from '../recognize/index.js'
import { sectionsStage } from '../sections/index.js'
import type { Stage } from '../stage.js'
import { termsStage } from '../terms/index.js'
import { tokenizeStage } from '../tokenize/index.js'
import { topicsStage } from '../topics/index.js'

export const PIPELINE: readonly Stage[] = Object.freeze([normalizeStage, tokenizeStage, sectionsStage, recognizeStage, linkStage, topicsStage, termsStage])

/** Every field a stage reads is given or filled by an earlier stage, and every field is filled once. */
export function checkPipeline(stages: readonly Stage[]): void {
  const known = new Set<AnalysisField>(GIVEN_FIELDS)
  for (const stage of stages) {
    for (const field of stage.reads) if (!known.has(field)) throw new Error(`pipeline: stage ${stage.name} reads ${field} before any stage fills it`)
    for (const field of stage.fills) {
      if (known.has(field)) throw new Error(`pipeline: stage ${stage.name} fills ${field}, which is already filled`)
      known.add(field)
    }
  }
}
