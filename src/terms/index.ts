// The terms stage: the document's compact weighted term vector (terms.ts), what relatedness compares beyond tags.
import { defineStage } from '../stage.js'
import { TermCounter } from './terms.js'

export { MAX_TERMS } from './terms.js'
export { forEachWordPiece } from './piece-chars.js'

export const termsStage = defineStage({
  name: 'terms',
  reads: ['view', 'tokens', 'lexemes', 'sections'],
  fills: ['terms'],
  create: ({ lexemes }) => {
    const counter = new TermCounter(lexemes)
    return {
      run(analysis) {
        analysis.terms = counter.terms(analysis.view, analysis.tokens, analysis.sections, analysis.lexemes)
      },
    }
  },
})
