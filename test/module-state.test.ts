import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findModuleState, scanModuleState } from '../scripts/lib/module-state.js'

/**
 * The only module-level mutable state allowed in src/ (the rules are in scripts/lib/module-state.ts); everything else
 * belongs to an engine instance. An entry must be lazily loaded or lazily computed and read-only once made: bundled
 * data parsed on first use, a character-class table filled on first sight, the compiled WebAssembly module, the lazily
 * created default engine. Each entry says in one line why it is safe to share between engines.
 */
const ALLOWED: readonly { file: string; name: string; why: string }[] = [
  { file: 'src/engine/default.ts', name: 'defaultEngine', why: 'the engine behind tag() and tagTokens(), made on first use' },
  { file: 'src/lexicon/data.ts', name: 'lists', why: 'bundled word lists, each parsed on first use, never changed' },
  { file: 'src/lexicon/data.ts', name: 'entries', why: 'the bundled knowledge base, parsed on first use, never changed' },
  { file: 'src/lexicon/data.ts', name: 'frequencies', why: 'the bundled word-frequency table, parsed on first use' },
  { file: 'src/lexicon/data.ts', name: 'classes', why: 'the bundled word classes, parsed on first use' },
  { file: 'src/lexicon/data.ts', name: 'regional', why: 'the bundled regional names, parsed on first use' },
  { file: 'src/lexicon/lemmas.ts', name: 'table', why: 'the bundled noun lemmas and their forms, parsed on first use, never changed' },
  { file: 'src/lexicon/roles.ts', name: 'roles', why: 'title and role words folded from the bundled lists on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'lowercaseStopwords', why: 'the bundled stopword list, lowercased on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'termWords', why: 'the stopwords of the term vector, made on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'generic', why: 'the bundled generic nouns, parsed on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'everyday', why: 'the bundled everyday nouns, parsed on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'actors', why: 'the bundled heads of nouns of people, bodies and places, parsed on first use' },
  { file: 'src/lexicon/stopwords.ts', name: 'plain', why: 'the bundled plain adjectives, parsed on first use' },
  { file: 'src/lexicon/background.ts', name: 'ranks', why: 'the bundled background noun ranks, parsed on first use, never changed' },
  { file: 'src/lexicon/background.ts', name: 'attested', why: 'the bundled attested words, parsed on first use, never changed' },
  { file: 'src/lexicon/english.ts', name: 'english', why: 'the bundled English words, parsed on first use, never changed' },
  { file: 'src/lexicon/adjectives.ts', name: 'listed', why: 'the bundled adjective stems, parsed on first use, never changed' },
  { file: 'src/recognize/kernel/wasm.ts', name: 'compiled', why: 'the compiled WebAssembly module (each engine instantiates its own)' },
  { file: 'src/recognize/resources.ts', name: 'resources', why: 'the recogniser model and the name knowledge, loaded on first use' },
  { file: 'src/sections/features.ts', name: 'classMap', why: 'the line features\' word lists (stopwords and page words) folded into one lookup on first use' },
  { file: 'src/sections/features.ts', name: 'classHashes', why: 'the same lookup by word hash, built from it on first use' },
  { file: 'src/sections/line-model.ts', name: 'bundled', why: 'the bundled section line model, parsed and checked on first use' },
  { file: 'src/terms/background.ts', name: 'background', why: 'stem commonness and word forms derived from the bundled frequencies on first use' },
  { file: 'src/terms/piece-chars.ts', name: 'classes', why: 'a code-unit class table of a fixed rule, filled on first use' },
  { file: 'src/tokenize/chars.ts', name: 'blocks', why: 'the Unicode class table of the scanner, each block filled on first sight by a fixed rule' },
]

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** `name kind` of each finding in a made-up src/x.ts. */
function found(text: string): string[] {
  return findModuleState('src/x.ts', text).map((f) => `${f.name} ${f.kind}`)
}

describe('module-level mutable state in src/', () => {
  it('is exactly the allowed list', () => {
    const findings = scanModuleState(ROOT)
    const allowed = new Set(ALLOWED.map((a) => `${a.file} ${a.name}`))
    const present = new Set(findings.map((f) => `${f.file} ${f.name}`))
    const notAllowed = findings.filter((f) => !allowed.has(`${f.file} ${f.name}`))
    expect.soft(notAllowed.map((f) => `${f.file}:${f.line} ${f.name} (${f.kind})`), 'not allowed').toEqual([])
    const gone = ALLOWED.filter((a) => !present.has(`${a.file} ${a.name}`))
    expect.soft(gone.map((a) => `${a.file} ${a.name}`), 'allowed but no longer found').toEqual([])
  })
})

describe('findModuleState', () => {
  it('finds every let and var, exported or not, with file and line', () => {
    expect(findModuleState('src/a.ts', '// a\nlet a = 1\nexport let b: number[] = []\nvar c')).toEqual([
      { file: 'src/a.ts', name: 'a', kind: 'let', line: 2 },
      { file: 'src/a.ts', name: 'b', kind: 'let', line: 3 },
      { file: 'src/a.ts', name: 'c', kind: 'let', line: 4 },
    ])
    expect(found('let a = 1, b = 2')).toEqual(['a let', 'b let'])
    expect(found('let [a, { b }] = pair()')).toEqual(['a let', 'b let'])
  })

  it('reads only top-level statements', () => {
    expect(found('function f() { let a = 1; const m = new Map() }\nclass C { static s = new Set() }')).toEqual([])
  })

  it('finds consts bound to new expressions, array and object literals', () => {
    expect(found('const m = new Map<string, number>()')).toEqual(['m mutable const'])
    expect(found('const u = new Uint8Array(4)\nconst k = new Kernel()')).toEqual(['u mutable const', 'k mutable const'])
    expect(found("const a = ['x']")).toEqual(['a mutable const'])
    expect(found('export const o: Record<string, number> = { x: 1 }')).toEqual(['o mutable const'])
    expect(found('const s = (new Set<string>() satisfies Set<string>)!')).toEqual(['s mutable const'])
  })

  it('finds consts bound to calls that make a new container, and no other call', () => {
    const calls = ['Array.from(x)', 'Array.of(1)', 'structuredClone(x)', 'Object.assign({}, x)', 'Object.create(null)']
    for (const call of calls) expect(found(`const c = ${call}`), call).toEqual(['c mutable const'])
    expect(found('export const c = makeIndex()\nconst d = words.map(f)')).toEqual([])
  })

  it('passes frozen objects and read-only type annotations', () => {
    expect(found('export const f = Object.freeze({ x: 1 })')).toEqual([])
    expect(found("const s: ReadonlySet<string> = new Set(['a'])")).toEqual([])
    expect(found('export const m: ReadonlyMap<string, number> = new Map()')).toEqual([])
    expect(found('const o: Readonly<Record<string, number>> = { x: 1 }')).toEqual([])
    expect(found("const a: readonly string[] = ['a']")).toEqual([])
  })

  it('passes an as-const literal only when it is not exported', () => {
    expect(found("const o = { x: 1 } as const\nconst a = ['a'] as const")).toEqual([])
    expect(found('export const o = { x: 1 } as const')).toEqual(['o mutable const'])
    expect(found("const a = ['a'] as const\nexport { a as letters }")).toEqual(['a mutable const'])
    expect(found('const o = { x: 1 } as const\nexport default o')).toEqual(['o mutable const'])
    expect(found('export const o = Object.freeze({ x: 1 } as const)')).toEqual([])
  })

  it('passes primitives, regexes, functions and classes', () => {
    const text = [
      "const n = 1, s = 'x', t = `y`, b = true, big = 1n, nothing = null",
      'const re = /a+/u',
      'const f = () => 1',
      'const g = function () {}',
      'function h() {}',
      'class C {}',
      'const D = class {}',
      'declare let ambient: number',
    ].join('\n')
    expect(found(text)).toEqual([])
  })
})

describe('scanModuleState', () => {
  it('reads src/**/*.ts but not *.d.ts or AssemblyScript *.as.ts, naming files from the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'module-state-'))
    const files = { 'src/a.ts': 'let a = 1', 'src/deep/b.ts': 'let b = 1', 'src/c.d.ts': 'let c: number', 'src/k.as.ts': 'let k = 1' }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    expect(scanModuleState(root).map((f) => `${f.file} ${f.name}`)).toEqual(['src/a.ts a', 'src/deep/b.ts b'])
  })
})
