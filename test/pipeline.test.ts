import { describe, expect, it } from 'vitest'
import { newAnalysis, type Analysis, type AnalysisField } from '../src/analysis.js'
import { checkPipeline, PIPELINE } from '../src/engine/index.js'
import { LexemeTable } from '../src/shared/lexemes.js'
import type { EngineContext, Stage } from '../src/stage.js'

const ARTICLE = `Foto: Agentur

Hafen erweitert Containerterminal

Hamburg (dpa) - Der Hamburger Hafen baut ein neues Terminal. Bürgermeister Peter Tschentscher nannte das Projekt am Dienstag wichtig für die Stadt.

Lesen Sie auch: Elbvertiefung beendet`

/** The fields a stage read and wrote while it ran on `analysis`. */
function traced(stage: Stage, context: EngineContext, analysis: Analysis): { read: Set<string>; written: Set<string> } {
  const read = new Set<string>()
  const written = new Set<string>()
  const proxy = new Proxy(analysis, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key)
      return Reflect.get(target, key, receiver)
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string') written.add(key)
      return Reflect.set(target, key, value, receiver)
    },
  })
  stage.create(context).run(proxy)
  return { read, written }
}

describe('pipeline', () => {
  it('has every field read by a stage filled before it, each once', () => {
    expect(() => checkPipeline(PIPELINE)).not.toThrow()
    expect(PIPELINE.map((stage) => stage.name)).toEqual(['normalize', 'tokenize', 'sections', 'recognize', 'link', 'topics', 'terms'])
  })

  it('refuses a stage that reads a field before it is filled, or fills one twice', () => {
    const [normalize, tokenize] = PIPELINE as [Stage, Stage]
    expect(() => checkPipeline([tokenize, normalize])).toThrow(/tokenize reads view/)
    expect(() => checkPipeline([normalize, normalize])).toThrow(/normalize fills view, which is already filled/)
  })

  it('has each stage read only what it declares and fill exactly what it declares', () => {
    const context: EngineContext = { lexemes: new LexemeTable(), ownEntries: [] }
    for (const title of [undefined, 'Ein Titel']) {
      const analysis = newAnalysis(ARTICLE, title)
      for (const stage of PIPELINE) {
        const { read, written } = traced(stage, context, analysis)
        const declared = new Set<string>([...stage.reads, ...stage.fills])
        expect([...read].filter((field) => !declared.has(field)), `${stage.name} reads undeclared fields`).toEqual([])
        expect([...written].sort(), `${stage.name} writes`).toEqual([...stage.fills].sort())
      }
      expect(analysis.entities.map((entity) => entity.id)).toContain('place:hamburg')
    }
  })

  it('declares only fields of the analysis', () => {
    const fields = new Set(Object.keys(newAnalysis('', undefined)) as AnalysisField[])
    for (const stage of PIPELINE) for (const field of [...stage.reads, ...stage.fills]) expect(fields.has(field), `${stage.name}: ${field}`).toBe(true)
  })
})
