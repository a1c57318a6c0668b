// k-fold cross-validation inside the training file, on the same code path as the final training (features, margin,
// ensemble); synthetic knowledge-base sentences (`extra`) are added to every training part, never to a test part.
import type { Knowledge } from '../../src/recognize/knowledge.js'
import { LABELS } from '../../src/recognize/labels.js'
import type { LabelledSentence } from './corpus.js'
import { Encoder, FeatureSpace } from './encode.js'
import { predict, trainEnsemble, type TrainOptions } from './perceptron.js'
import { ErrorTally } from './errors.js'
import { shippedWeights } from './export.js'
import { SpanScore } from './spans.js'

export interface CvResult {
  strict: SpanScore
  coarse: SpanScore
  errors: ErrorTally
}

/** Contiguous blocks, so that neighbouring sentences of one source article stay in the same fold. */
function foldOf(i: number, count: number, folds: number): number {
  return Math.floor((i * folds) / count)
}

export const COARSE = new Set(['PER', 'LOC', 'ORG', 'OTH'])

/** Knowledge for one fold; a function gets the fold's training sentences (for word classes learnt from their text). */
export type FoldKnowledge = Knowledge | ((train: readonly LabelledSentence[]) => Knowledge)

export function crossValidate(sentences: readonly LabelledSentence[], folds: number, foldKnowledge: FoldKnowledge, options: TrainOptions, extra: readonly LabelledSentence[] = [], prune = 0): CvResult {
  const strict = new SpanScore()
  const coarse = new SpanScore()
  const errors = new ErrorTally()
  for (let fold = 0; fold < folds; fold++) {
    const space = new FeatureSpace()
    const trainPart = sentences.filter((_, i) => foldOf(i, sentences.length, folds) !== fold)
    const knowledge = typeof foldKnowledge === 'function' ? foldKnowledge(trainPart) : foldKnowledge
    const encoder = new Encoder(space, knowledge)
    const trainSet = [...trainPart, ...extra].map((s) => encoder.encode(s))
    space.frozen = true
    const model = shippedWeights(trainEnsemble(trainSet, space.hashes.length, { ...options, log: undefined }), { prune })
    const test = sentences.filter((_, i) => foldOf(i, sentences.length, folds) === fold)
    const foldScore = new SpanScore()
    for (const sentence of test) {
      const predicted = [...predict(model, encoder.encode(sentence))].map((y) => LABELS[y]!)
      strict.add(sentence.labels, predicted)
      coarse.add(sentence.labels, predicted, (type) => COARSE.has(type))
      foldScore.add(sentence.labels, predicted)
      errors.add(sentence.tokens, sentence.labels, predicted)
    }
    options.log?.(`fold ${fold + 1}/${folds}: strict F1 ${foldScore.result().f1.toFixed(4)} (${space.hashes.length} features)`)
  }
  return { strict, coarse, errors }
}
