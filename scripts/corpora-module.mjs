// The bundled data as one module, `corpora:bundle`: an object of the data files' texts (binary files as base64) by
// path under corpora/. One transform shared by the build (tsup/esbuild), the tests (vitest/vite) and the scripts
// (tsx via Node hooks):
// - in the package it is dist/corpora.cjs, a CommonJS module that the ESM and the CommonJS build both import, so the
//   data is in the package once (Node loads it once even when both builds are used in one process; bundlers take a
//   CommonJS module from either format);
// - in tests and scripts it is made from corpora/ on the fly, so an edited data file is read at once.
// A compiled WebAssembly module (src/recognize/kernel/kernel.wasm) is imported as its base64 text.
// Keeping data as strings lets the runtime parse it lazily, on first use, instead of at import time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BUNDLE_ID = 'corpora:bundle'
/** The bundle's file in dist/, next to the builds that import it. */
export const BUNDLE_FILE = 'corpora.cjs'
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The data files the code reads (src/lexicon/bundle.ts names the same paths). */
export const CORPORA_FILES = [
  'lexicon/first-names.txt', 'lexicon/surnames.txt', 'lexicon/titles.txt', 'lexicon/title-suffixes.txt',
  'lexicon/org-suffixes.txt', 'lexicon/org-heads.txt', 'lexicon/stopwords.txt', 'lexicon/word-frequencies.tsv',
  'lexicon/common-nouns.txt', 'lexicon/surnames-extra.txt', 'lexicon/first-names-extra.txt', 'lexicon/word-classes.tsv',
  'lexicon/noun-lemmas.tsv',
  'lexicon/adjective-stems.txt',
  'kb/places.tsv', 'kb/people-de.tsv', 'kb/people-world.tsv', 'kb/organizations.tsv', 'kb/other.tsv',
  'kb/regional.tsv',
  'topics/generic-nouns.txt', 'topics/everyday-words.txt', 'topics/actor-heads.txt', 'topics/background-nouns.txt', 'topics/attested-words.txt', 'topics/english-words.txt', 'topics/plain-adjectives.txt', 'ner/model.bin', 'sections/line-model.json',
]

const WASM_FILE = /\.wasm$/

function fileText(path) {
  const bytes = readFileSync(path)
  return path.endsWith('.bin') || path.endsWith('.wasm') ? bytes.toString('base64') : bytes.toString('utf8')
}

/** The bundle's object literal: one "path": "text" line per file. */
function bundleObject() {
  const lines = CORPORA_FILES.map((file) => `  ${JSON.stringify(file)}: ${JSON.stringify(fileText(join(ROOT, 'corpora', file)))},`)
  return `{\n${lines.join('\n')}\n}`
}

export function bundleModuleSource(format) {
  const object = bundleObject()
  return format === 'cjs' ? `'use strict';\nmodule.exports = Object.freeze(${object});\n` : `export default Object.freeze(${object});\n`
}

export function wasmModuleSource(path) {
  return `export default ${JSON.stringify(fileText(path))};\n`
}

/** esbuild plugin (used by tsup): the bundle stays outside the build as ./corpora.cjs, written once the build ends. */
export const corporaEsbuildPlugin = {
  name: 'schlagwort-corpora',
  setup(build) {
    build.onResolve({ filter: /^corpora:bundle$/ }, () => ({ path: `./${BUNDLE_FILE}`, external: true }))
    build.onLoad({ filter: WASM_FILE }, (args) => ({ contents: wasmModuleSource(args.path), loader: 'js' }))
    build.onEnd((result) => {
      if (result.errors.length > 0) return
      const outdir = build.initialOptions.outdir ?? dirname(build.initialOptions.outfile ?? 'dist/index.js')
      mkdirSync(outdir, { recursive: true })
      writeFileSync(join(outdir, BUNDLE_FILE), bundleModuleSource('cjs'))
    })
  },
}

/** Vite plugin (used by vitest). */
export function corporaVitePlugin() {
  const RESOLVED = '\0' + BUNDLE_ID
  return {
    name: 'schlagwort-corpora',
    enforce: 'pre',
    resolveId(source) {
      return source === BUNDLE_ID ? RESOLVED : null
    },
    load(id) {
      if (id === RESOLVED) return bundleModuleSource('esm')
      // The virtual suffix keeps Vite's own asset handling away from .wasm files.
      if (WASM_FILE.test(id)) return wasmModuleSource(id.replace(/\?.*$/, ''))
      return null
    },
  }
}
