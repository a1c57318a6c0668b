// One transform shared by the build (tsup/esbuild), the tests (vitest/vite) and the scripts (tsx via Node hooks):
// a data file under corpora/ becomes a module whose default export is its text (binary files as base64); so does a
// compiled WebAssembly module (src/recognize/kernel/kernel.wasm).
// Keeping data as a string lets the runtime parse it lazily, on first use, instead of at import time.
import { readFileSync } from 'node:fs'

export const CORPORA_FILE = /[\\/]corpora[\\/][^?]*\.(json|tsv|txt|bin)$|\.wasm$/

export function corporaModuleSource(path) {
  const bytes = readFileSync(path)
  const text = path.endsWith('.bin') || path.endsWith('.wasm') ? bytes.toString('base64') : bytes.toString('utf8')
  return `export default ${JSON.stringify(text)};\n`
}

/** esbuild plugin (used by tsup). */
export const corporaEsbuildPlugin = {
  name: 'schlagwort-corpora',
  setup(build) {
    build.onLoad({ filter: CORPORA_FILE }, (args) => ({ contents: corporaModuleSource(args.path), loader: 'js' }))
  },
}

/** Vite plugin (used by vitest). The virtual suffix keeps Vite's own JSON plugin away from these files. */
export function corporaVitePlugin() {
  const SUFFIX = '?corpora-text.js'
  return {
    name: 'schlagwort-corpora',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!CORPORA_FILE.test(source)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved ? '\0' + resolved.id + SUFFIX : null
    },
    load(id) {
      if (id.startsWith('\0') && id.endsWith(SUFFIX)) return corporaModuleSource(id.slice(1, -SUFFIX.length))
      return null
    },
  }
}
