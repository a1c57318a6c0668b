import { describe, expect, it } from 'vitest'
import { checkImports, cyclePath, findCycles, importSpecifiers, layerOf, resolveImport, violationCount } from '../scripts/lib/imports.js'

// A made-up tree: four layers, lowest first.
const LAYERS = ['src/types.ts', 'src/base/', 'src/mid/', 'src/top.ts']

function check(sources: Record<string, string>) {
  return checkImports(new Map(Object.entries(sources)), LAYERS)
}

describe('importSpecifiers', () => {
  it('finds every kind of import and re-export, in source order', () => {
    const text = [
      "import { a } from './a.js'",
      "import type { B } from './b.js'",
      "import './side-effect.js'",
      "import * as c from './c.js'",
      "export { d } from './d.js'",
      "export type { E } from './e.js'",
      "export * from './f.js'",
      "import g = require('./g.js')",
      "const h = await import('./h.js')",
      'const i = () => import(`./i.js`)',
      "type J = import('./j.js').J",
      "import fs from 'node:fs'",
    ].join('\n')
    expect(importSpecifiers('src/x.ts', text)).toEqual([
      './a.js', './b.js', './side-effect.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js', './i.js', './j.js', 'node:fs',
    ])
  })

  it('ignores import-like text in comments and strings and dynamic imports of a computed name', () => {
    const text = [
      "// import { a } from './a.js'",
      "/* export * from './b.js' */",
      "const s = \"import './c.js'\"",
      'const name = "./d.js"',
      'const e = import(name)',
      'export const f = 1',
    ].join('\n')
    expect(importSpecifiers('src/x.ts', text)).toEqual([])
  })
})

describe('resolveImport', () => {
  const files = new Set(['src/types.ts', 'src/base/x.ts', 'src/base/dir/index.ts', 'src/mid/y.ts'])

  it('maps .js, .ts, extensionless and folder specifiers to the .ts file', () => {
    expect(resolveImport('src/mid/y.ts', '../base/x.js', files)).toEqual({ kind: 'file', path: 'src/base/x.ts' })
    expect(resolveImport('src/mid/y.ts', '../base/x.ts', files)).toEqual({ kind: 'file', path: 'src/base/x.ts' })
    expect(resolveImport('src/mid/y.ts', '../base/x', files)).toEqual({ kind: 'file', path: 'src/base/x.ts' })
    expect(resolveImport('src/mid/y.ts', '../base/dir/index.js', files)).toEqual({ kind: 'file', path: 'src/base/dir/index.ts' })
    expect(resolveImport('src/mid/y.ts', '../base/dir', files)).toEqual({ kind: 'file', path: 'src/base/dir/index.ts' })
    expect(resolveImport('src/base/dir/index.ts', '../../types.js', files)).toEqual({ kind: 'file', path: 'src/types.ts' })
  })

  it('ignores packages, virtual modules, data files and anything outside src/', () => {
    for (const specifier of ['node:fs', 'typescript', 'corpora:bundle', '../../corpora/kb/places.tsv', './kernel.wasm', '../../scripts/lib/args.js']) {
      expect(resolveImport('src/base/x.ts', specifier, files)).toEqual({ kind: 'ignored' })
    }
  })

  it('reports a relative code import with no file behind it', () => {
    expect(resolveImport('src/base/x.ts', './missing.js', files)).toEqual({ kind: 'unresolved', tried: ['src/base/missing.ts'] })
    expect(resolveImport('src/base/x.ts', './gone', files)).toEqual({ kind: 'unresolved', tried: ['src/base/gone.ts', 'src/base/gone/index.ts'] })
  })
})

describe('layerOf', () => {
  it('places files by folder prefix or by exact root file', () => {
    expect(layerOf('src/types.ts', LAYERS)).toBe(0)
    expect(layerOf('src/base/deep/z.ts', LAYERS)).toBe(1)
    expect(layerOf('src/top.ts', LAYERS)).toBe(3)
  })

  it('places no file outside the listed layers, nor one whose folder merely starts like a layer', () => {
    expect(layerOf('src/other.ts', LAYERS)).toBeUndefined()
    expect(layerOf('src/baseline/z.ts', LAYERS)).toBeUndefined()
    expect(layerOf('src/types.tsx', LAYERS)).toBeUndefined()
  })
})

describe('findCycles and cyclePath', () => {
  it('finds no cycle in a graph without one', () => {
    const graph = new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])
    expect(findCycles(graph)).toEqual([])
  })

  it('finds each tangle once, a self-import included', () => {
    const graph = new Map([
      ['a', ['b']], ['b', ['a', 'c']], ['c', ['d']], ['d', ['e']], ['e', ['c']], ['f', ['f']], ['g', ['a']],
    ])
    const cycles = findCycles(graph).sort((x, y) => x.length - y.length || (x[0]! < y[0]! ? -1 : 1))
    expect(cycles).toEqual([['f'], ['a', 'b'], ['c', 'd', 'e']])
  })

  it('shows a tangle by a shortest loop through its first file', () => {
    const graph = new Map([['a', ['b', 'c']], ['b', ['c']], ['c', ['d']], ['d', ['a']]])
    const [component] = findCycles(graph)
    expect(component).toEqual(['a', 'b', 'c', 'd'])
    expect(cyclePath(component!, graph)).toEqual(['a', 'c', 'd', 'a'])
  })

  it('handles a ring far deeper than the call stack', () => {
    const size = 50_000
    const graph = new Map(Array.from({ length: size }, (_, i) => [`n${i}`, [`n${(i + 1) % size}`]]))
    const cycles = findCycles(graph)
    expect(cycles).toHaveLength(1)
    expect(cycles[0]).toHaveLength(size)
  })
})

describe('checkImports', () => {
  it('passes imports from the same or a lower layer', () => {
    const report = check({
      'src/types.ts': 'export type T = number',
      'src/base/x.ts': "import type { T } from '../types.js'\nexport const x: T = 1",
      'src/base/y.ts': "import { x } from './x.js'\nexport const y = x",
      'src/mid/z.ts': "import { y } from '../base/y.js'\nimport { readFileSync } from 'node:fs'\nexport const z = y",
      'src/top.ts': "export { z } from './mid/z.js'",
    })
    expect(report).toMatchObject({ files: 5, imports: 5, edges: 4 })
    expect(violationCount(report)).toBe(0)
  })

  it('reports an upward import with both layers', () => {
    const report = check({
      'src/base/x.ts': "import { z } from '../mid/z.js'\nexport const x = z",
      'src/mid/z.ts': 'export const z = 1',
    })
    expect(report.upward).toEqual(['upward: src/base/x.ts (layer base) imports src/mid/z.ts (layer mid)'])
    expect(violationCount(report)).toBe(1)
  })

  it('counts type-only imports, re-exports and dynamic imports as upward imports', () => {
    const report = check({
      'src/types.ts': [
        "import type { A } from './base/a.js'",
        "export type { B } from './base/b.js'",
        "export const c = () => import('./mid/c.js')",
      ].join('\n'),
      'src/base/a.ts': 'export type A = 1',
      'src/base/b.ts': 'export type B = 2',
      'src/mid/c.ts': 'export const c = 3',
    })
    expect(report.upward).toEqual([
      'upward: src/types.ts (layer types.ts) imports src/base/a.ts (layer base)',
      'upward: src/types.ts (layer types.ts) imports src/base/b.ts (layer base)',
      'upward: src/types.ts (layer types.ts) imports src/mid/c.ts (layer mid)',
    ])
  })

  it('finds a two-file cycle made of type-only imports', () => {
    const report = check({
      'src/base/x.ts': "import type { Y } from './y.js'\nexport type X = Y[]",
      'src/base/y.ts': "import type { X } from './x.js'\nexport type Y = X | 1",
    })
    expect(report.cycles).toEqual(['cycle: src/base/x.ts → src/base/y.ts → src/base/x.ts'])
    expect(report.upward).toEqual([])
  })

  it('finds a three-file cycle through a re-export and a dynamic import', () => {
    const report = check({
      'src/mid/a.ts': "export { b } from './b.js'",
      'src/mid/b.ts': "import { c } from './c.js'\nexport const b = c",
      'src/mid/c.ts': "export const c = async () => (await import('./a.js')).b",
    })
    expect(report.cycles).toEqual(['cycle: src/mid/a.ts → src/mid/b.ts → src/mid/c.ts → src/mid/a.ts'])
    expect(violationCount(report)).toBe(1)
  })

  it('finds a file that imports itself', () => {
    const report = check({ 'src/base/x.ts': "import * as self from './x.js'\nexport const x = self" })
    expect(report.cycles).toEqual(['cycle: src/base/x.ts → src/base/x.ts'])
  })

  it('ignores data files, packages and virtual modules', () => {
    const report = check({
      'src/base/x.ts': [
        "import places from '../../corpora/kb/places.tsv'",
        "import kernel from './kernel.wasm'",
        "import bundle from 'corpora:bundle'",
        "import { readFileSync } from 'node:fs'",
        'export const x = [places, kernel, bundle, readFileSync]',
      ].join('\n'),
    })
    expect(report).toMatchObject({ files: 1, imports: 4, edges: 0 })
    expect(violationCount(report)).toBe(0)
  })

  it('reports a file in no layer, and a relative code import that resolves to nothing', () => {
    const report = check({
      'src/base/x.ts': "import { gone } from './gone.js'\nexport const x = gone",
      'src/extra/w.ts': 'export const w = 1',
    })
    expect(report.unplaced).toEqual(['unplaced: src/extra/w.ts is in no layer (add it or its folder to LAYERS in scripts/check-imports.ts)'])
    expect(report.unresolved).toEqual(["unresolved: src/base/x.ts imports './gone.js' (no src/base/gone.ts)"])
    expect(violationCount(report)).toBe(2)
  })
})
