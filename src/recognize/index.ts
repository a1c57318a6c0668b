// The recognize stage: German named-entity recognition with an averaged-perceptron sequence labeller over GermEval
// 2014 labels (see scripts/train.ts), name knowledge from src/lexicon as features, and dictionary matching of known
// names (recognizer.ts).
import { defineStage } from '../stage.js'
import { Recognizer } from './recognizer.js'

export { Recognizer } from './recognizer.js'
export { LABELS } from './labels.js'

export const recognizeStage = defineStage({
  name: 'recognize',
  reads: ['view', 'tokens', 'lexemes', 'sentenceStarts', 'mentionSections', 'agencySpans'],
  fills: ['mentions'],
  create: (context) => new Recognizer(context),
})
