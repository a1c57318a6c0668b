import type { SectionRange } from '../analysis.js'
import type { WordChecks } from './word-checks.js'

export type { CoarseLabel as NerLabel } from '../analysis.js'

export interface LinkContext {
  view: string
  sections: readonly SectionRange[]
  /** Ids of the engine's own entries: their matches are never second-guessed. */
  ownIds?: ReadonlySet<string>
  /** The engine's memoised word checks; a fresh set when not given. */
  words?: WordChecks
}
