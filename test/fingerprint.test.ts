import { describe, expect, it } from 'vitest'
import { corporaFile, FEATURE_FILES, featureFilesFingerprint, type CorporaPath } from '../src/lexicon/index.js'
import { decodeBase64 } from '../src/recognize/base64.js'
import { decodeModel, encodeModel } from '../src/recognize/model-format.js'
import { buildRuntimeModel } from '../src/recognize/model.js'
import { nerResources } from '../src/recognize/resources.js'

const modelData = () => decodeModel(decodeBase64(corporaFile('ner/model.bin')))

describe('model fingerprint', () => {
  it('matches the bundled files the features read (else: npm run train)', () => {
    expect(modelData().fingerprint).toBe(featureFilesFingerprint())
    expect(() => nerResources()).not.toThrow()
  })

  it('changes when any feature file changes, and refuses the model then', () => {
    const data = modelData()
    for (const changed of FEATURE_FILES) {
      const read = (path: CorporaPath) => (path === changed ? corporaFile(path) + 'Neuername\n' : corporaFile(path))
      const fingerprint = featureFilesFingerprint(read)
      expect(fingerprint, changed).not.toBe(data.fingerprint)
      expect(() => buildRuntimeModel(data, fingerprint)).toThrow(/trained with other lexicon or knowledge-base files .*npm run train/)
    }
  })

  it('ignores files the features do not read', () => {
    expect(FEATURE_FILES).not.toContain('kb/other.tsv')
    expect(FEATURE_FILES).not.toContain('lexicon/word-frequencies.tsv')
  })

  it('travels in the model file', () => {
    const data = modelData()
    const again = decodeModel(encodeModel({ ...data, fingerprint: 0x12345678 }))
    expect(again.fingerprint).toBe(0x12345678)
    expect(again.hashes).toEqual(data.hashes)
  })
})
