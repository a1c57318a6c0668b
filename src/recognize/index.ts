// German named-entity recognition: an averaged-perceptron sequence labeller over GermEval 2014 labels (see
// scripts/train.ts), with name knowledge from src/lexicon as features.
import { LABELS } from './labels.js'
import { tagWords } from './tagger.js'

export { recognizeMentions, type RecognizedMention, type CoarseLabel } from './mentions.js'
export { prepareTagger } from './tagger.js'
export { LABELS } from './labels.js'

/** One GermEval BIO label (`B-PER`, `I-LOCderiv`, `O`, …) per token of one sentence. */
export function tagTokens(tokens: string[]): string[] {
  if (!Array.isArray(tokens)) throw new TypeError('tagTokens: tokens must be an array of strings')
  const out = new Uint8Array(tokens.length)
  for (const token of tokens) if (typeof token !== 'string') throw new TypeError('tagTokens: tokens must be an array of strings')
  tagWords(tokens, out)
  return Array.from(out, (label) => LABELS[label]!)
}
