// The contract every pipeline stage keeps (spaCy's components): a name, the analysis fields it reads and the ones it
// fills, and a factory that makes its runner for one engine. Per-engine state (caches kept by lexeme, scratch
// buffers, indexes over the engine's entries) lives in the runner, so two engines never share it and a stage's
// module keeps none.
import type { Analysis, AnalysisField } from './analysis.js'
import type { KbEntry } from './lexicon/index.js'
import type { LexemeTable } from './shared/lexemes.js'

/** What the stages of one engine share. */
export interface EngineContext {
  /** The engine's vocabulary: every token's lexeme, by which stages keep per-word results in arrays. */
  readonly lexemes: LexemeTable
  /** The caller's own knowledge-base entries; each replaces a bundled entry of its id. */
  readonly ownEntries: readonly KbEntry[]
}

export interface StageRunner {
  run(analysis: Analysis): void
}

export interface Stage<R extends StageRunner = StageRunner> {
  readonly name: string
  readonly reads: readonly AnalysisField[]
  readonly fills: readonly AnalysisField[]
  create(context: EngineContext): R
}

/** A frozen stage definition. */
export function defineStage<R extends StageRunner>(stage: Stage<R>): Stage<R> {
  return Object.freeze({ ...stage, reads: Object.freeze([...stage.reads]), fills: Object.freeze([...stage.fills]) })
}
