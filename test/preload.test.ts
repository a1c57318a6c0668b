// preload() loads everything up front: afterwards tag() reads no bundled data file and builds no index over the
// knowledge base. Counted by wrapping the two functions every such load goes through (this file's own module graph).
import { describe, expect, it, vi } from 'vitest'
import { CORPORA_FILES } from '../scripts/corpora-module.mjs'
import * as bundle from '../src/lexicon/bundle.js'
import * as data from '../src/lexicon/data.js'
import { createEngine, preload, tag } from '../src/index.js'

vi.mock('../src/lexicon/bundle.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/lexicon/bundle.js')>()
  return { ...original, corporaFile: vi.fn(original.corporaFile) }
})

vi.mock('../src/lexicon/data.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/lexicon/data.js')>()
  return { ...original, kbEntries: vi.fn(original.kbEntries) }
})

const corporaFile = vi.mocked(bundle.corporaFile)
const kbEntries = vi.mocked(data.kbEntries)

const ARTICLE = `Hafenstreit in Kiel

KIEL (dpa) - Die Landesregierung von Schleswig-Holstein streitet mit der Stadt Kiel über den Ausbau des Hafens.
Ministerpräsident Daniel Günther sagte am Dienstag, die Fährverbindungen nach Oslo und Göteborg seien für die
Wirtschaft unverzichtbar. Die Grünen und der Naturschutzbund kritisierten die Pläne, die Häuser am Ufer müssten
weichen. Bundeskanzler Olaf Scholz und die Europäische Union sollen Fördermittel zugesagt haben.`

describe('preload', () => {
  it('reads every bundled data file, after which the first tag() reads none', async () => {
    expect(corporaFile).not.toHaveBeenCalled()
    await preload()
    expect(new Set(corporaFile.mock.calls.map(([path]) => path))).toEqual(new Set(CORPORA_FILES))
    corporaFile.mockClear()
    kbEntries.mockClear()
    const doc = tag(ARTICLE)
    expect(doc.entities().length).toBeGreaterThan(3)
    expect(corporaFile).not.toHaveBeenCalled()
    expect(kbEntries).not.toHaveBeenCalled()
  })

  it('makes an engine\'s own indexes, so that its first tag() builds none', async () => {
    const engine = createEngine({ entities: [{ id: 'org:kieler-hafenrat', type: 'organization', name: 'Kieler Hafenrat' }] })
    await engine.preload()
    kbEntries.mockClear()
    corporaFile.mockClear()
    expect(engine.tag(`${ARTICLE} Der Kieler Hafenrat tagt.`).entities().map((entity) => entity.id)).toContain('org:kieler-hafenrat')
    expect(kbEntries).not.toHaveBeenCalled()
    expect(corporaFile).not.toHaveBeenCalled()
  })
})
