// The ESM and the CommonJS build in one process: a Doc of either is accepted by the other's relatedness and
// RelatedIndex, and both read the one data module. Builds the package into a temporary folder (no type files).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'tsup'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildOptions } from '../tsup.config.js'

let outDir = ''

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'schlagwort-build-'))
  // config: false, or tsup would also run every build of tsup.config.ts into the same folder at once.
  for (const options of buildOptions(outDir, false)) await build({ ...options, silent: true, config: false })
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const CROSS_CHECK = `
const { createRequire } = await import('node:module')
const dir = process.argv[1]
const cjs = createRequire(dir + '/')('./index.cjs')
const esm = await import(dir + '/index.js')
const text = 'Hafen in Hamburg\\n\\nDer Hamburger Hafen baut ein Terminal. Bürgermeister Peter Tschentscher lobt den Hafen.'
const other = 'Hafen in Kiel\\n\\nDer Kieler Hafen baut ein Terminal für Fähren nach Oslo. Der Hafen wächst.'
const fromCjs = cjs.tag(text), fromEsm = esm.tag(other)
const out = {
  distinctClasses: cjs.Doc !== esm.Doc,
  esmScoresCjsDoc: esm.relatedness(fromCjs, fromEsm).score,
  cjsScoresEsmDoc: cjs.relatedness(fromEsm, fromCjs).score,
  esmIndex: new esm.RelatedIndex().add('a', fromCjs).add('b', fromEsm).related('a').map((hit) => hit.id),
  cjsIndex: new cjs.RelatedIndex().add('a', fromEsm).add('b', fromCjs).related('b').map((hit) => hit.id),
  sameJson: JSON.stringify(cjs.tag(text).toJSON()) === JSON.stringify(esm.tag(text).toJSON()),
  dataModules: Object.keys(createRequire(dir + '/').cache).filter((path) => path.endsWith('corpora.cjs')).length,
}
console.log(JSON.stringify(out))
`

const BATCH_CHECK = `
const { createRequire } = await import('node:module')
const dir = process.argv[1]
const cjs = createRequire(dir + '/')('./batch.cjs')
const esm = await import(dir + '/batch.js')
const { tag } = await import(dir + '/index.js')
const texts = ['Der Kieler Hafen baut ein Terminal.', { id: 'b', text: 'Bürgermeister Peter Tschentscher lobt den Hamburger Hafen.' }, { id: 'c' }]
async function run(tagMany) {
  const results = []
  for await (const result of tagMany(texts, { workers: 2 })) results.push(result)
  return JSON.stringify(results)
}
const fromEsm = await run(esm.tagMany)
const fromCjs = await run(cjs.tagMany)
const inThread = JSON.stringify(texts.map((text, index) => typeof text === 'string' ? { index, ok: true, doc: tag(text).toJSON() } : text.text ? { index, id: text.id, ok: true, doc: tag(text.text).toJSON() } : { index, id: text.id, ok: false, error: 'text must be a string, got undefined' }))
console.log(JSON.stringify({ esmMatches: fromEsm === inThread, cjsMatches: fromCjs === inThread }))
`

/**
 * Every module the ESM file imports, itself included, following relative imports; a `from` or `import` keyword only,
 * not the word in a list of strings ('by', 'from', 'this').
 */
function esmGraph(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const [, specifier] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:^|[\s;}])(?:from|import)\s*['"]([^'"\n]+)['"]/gm)) {
    if (specifier!.startsWith('./')) esmGraph(dir, specifier!.slice(2), seen)
    else seen.add(specifier!)
  }
  return seen
}

describe('ESM and CommonJS builds in one process', () => {
  it('write the data once, as one module both builds import', () => {
    expect(readdirSync(outDir).filter((file) => file.startsWith('corpora'))).toEqual(['corpora.cjs'])
  })

  it('hold only what buildOptions asks for (no type files here), not also the builds of tsup.config.ts', () => {
    expect(readdirSync(outDir).filter((file) => /\.d\.c?ts$/.test(file))).toEqual([])
  })

  it('accept each other\'s Doc in relatedness and RelatedIndex.add', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CROSS_CHECK, outDir], { encoding: 'utf8' }))
    expect(out.distinctClasses).toBe(true)
    expect(out.esmScoresCjsDoc).toBeGreaterThan(0)
    expect(out.cjsScoresEsmDoc).toBe(out.esmScoresCjsDoc)
    expect(out.esmIndex).toEqual(['b'])
    expect(out.cjsIndex).toEqual(['a'])
    expect(out.sameJson).toBe(true)
    expect(out.dataModules).toBe(1)
  })

  it('run tagMany on worker threads from either build, with the results of tag() in this thread', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', BATCH_CHECK, outDir], { encoding: 'utf8' }))
    expect(out).toEqual({ esmMatches: true, cjsMatches: true })
  }, 120_000)

  it('keep worker threads and every other Node module out of the library entry (for browser bundles)', () => {
    const graph = [...esmGraph(outDir, 'index.js')]
    expect(graph.filter((module) => !module.endsWith('.js') && !module.endsWith('.cjs'))).toEqual([])
    expect(esmGraph(outDir, 'batch.js')).toContain('worker_threads')
  })
})
