// The link stage: recognised mentions → entities with a canonical name, type, stable id, all their mentions and a
// salience (linker.ts).
import { defineStage } from '../stage.js'
import { Linker } from './linker.js'

export { buildKbIndex, type KbIndex } from './kb-index.js'
export { linkEntities } from './entities.js'
export { lookupForm, lookupName, lookupPrefix } from './lookup.js'
export { mentionTokens } from './propagate.js'

export const linkStage = defineStage({
  name: 'link',
  reads: ['view', 'tokens', 'lexemes', 'sections', 'mentionSections', 'datelinePlaces', 'mentions'],
  fills: ['entities'],
  create: (context) => new Linker(context),
})
