import { defineConfig, type Options } from 'tsup'
import { corporaEsbuildPlugin } from './scripts/corpora-module.mjs'

/**
 * The package's builds into `outDir`: ESM (library and CLI sharing one chunk) and CommonJS (the library). Both import
 * the bundled data from one module, corpora.cjs, which the corpora plugin writes beside them.
 */
export function buildOptions(outDir = 'dist', dts = true): Options[] {
  const common: Options = { target: 'es2022', platform: 'neutral', sourcemap: false, treeshake: true, outDir, esbuildPlugins: [corporaEsbuildPlugin] }
  const types = dts ? { dts: { entry: { index: 'src/index.ts' } } } : {}
  return [
    { ...common, ...types, entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' }, format: ['esm'], splitting: true },
    { ...common, ...types, entry: { index: 'src/index.ts' }, format: ['cjs'] },
  ]
}

export default defineConfig(buildOptions())
