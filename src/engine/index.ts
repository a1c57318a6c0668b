export { createEngine, Engine, type EngineOptions } from './engine.js'
export { createTagger, preload, tag, tagTokens, type Tagger, type TaggerOptions } from './default.js'
export type { EntityDefinition } from './entries.js'
export { checkPipeline, PIPELINE } from './pipeline.js'
