import { defineConfig, type Options } from 'tsup'
import type { Plugin } from 'esbuild'
import { corporaEsbuildPlugin } from './scripts/corpora-module.mjs'

/**
 * The CommonJS batch entry requires the CommonJS library entry instead of bundling a second copy of it, so that both
 * share one engine code and one preload().
 */
const batchOnLibraryPlugin: Plugin = {
  name: 'schlagwort-batch-on-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (/[\\/]src[\\/]batch[\\/]/.test(args.importer) ? { path: './index.cjs', external: true } : undefined))
  },
}

/**
 * The package's builds into `outDir`: ESM (library, batch entry, batch worker and CLI sharing chunks) and CommonJS
 * (library and batch entry; its workers run the ESM batch-worker.js). Both import the bundled data from one module,
 * corpora.cjs, which the corpora plugin writes beside them.
 */
export function buildOptions(outDir = 'dist', dts = true): Options[] {
  const common: Options = { target: 'es2022', platform: 'neutral', sourcemap: false, treeshake: true, outDir, esbuildPlugins: [corporaEsbuildPlugin] }
  const types = dts ? { dts: { entry: { index: 'src/index.ts', batch: 'src/batch/index.ts', postgres: 'src/postgres/index.ts' } } } : {}
  const esmEntries = { index: 'src/index.ts', batch: 'src/batch/index.ts', postgres: 'src/postgres/index.ts', 'batch-worker': 'src/batch/worker.ts', cli: 'src/cli/main.ts' }
  return [
    { ...common, ...types, entry: esmEntries, format: ['esm'], splitting: true },
    // shims: the batch entry finds batch-worker.js by import.meta.url, which CommonJS has not.
    { ...common, ...types, entry: { index: 'src/index.ts', batch: 'src/batch/index.ts', postgres: 'src/postgres/index.ts' }, format: ['cjs'], shims: true, esbuildPlugins: [corporaEsbuildPlugin, batchOnLibraryPlugin] },
  ]
}

export default defineConfig(buildOptions())
