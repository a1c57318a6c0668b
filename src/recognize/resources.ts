// The recogniser's read-only resources, loaded on first use and shared by every engine of the process: the model
// (checked against the bundled files its features read) and the name knowledge those features consult.
import { corporaFile, featureFilesFingerprint } from '../lexicon/index.js'
import { decodeBase64 } from './base64.js'
import { buildKnowledge, type Knowledge } from './knowledge.js'
import { decodeModel } from './model-format.js'
import { buildRuntimeModel, type NerModel } from './model.js'

export interface NerResources {
  model: NerModel
  knowledge: Knowledge
}

let resources: NerResources | undefined

export function nerResources(): NerResources {
  if (resources === undefined) {
    const model = buildRuntimeModel(decodeModel(decodeBase64(corporaFile('ner/model.bin'))), featureFilesFingerprint())
    resources = { model, knowledge: buildKnowledge(model.geo) }
  }
  return resources
}
