// The normalize stage: a same-length view of the text (view.ts).
import { defineStage } from '../stage.js'
import { normalizeText } from './view.js'

export { normalizeText } from './view.js'

export const normalizeStage = defineStage({
  name: 'normalize',
  reads: ['source'],
  fills: ['view'],
  create: () => ({
    run(analysis) {
      analysis.view = normalizeText(analysis.source)
    },
  }),
})
