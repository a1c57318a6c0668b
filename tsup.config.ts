import { defineConfig, type Options } from 'tsup'
import { corporaEsbuildPlugin } from './scripts/corpora-module.mjs'

const common: Options = {
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  treeshake: true,
  esbuildPlugins: [corporaEsbuildPlugin],
}

// ESM: library and CLI share one chunk (the corpora data is bundled once). CJS: the library alone.
export default defineConfig([
  { ...common, entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' }, format: ['esm'], splitting: true, dts: { entry: { index: 'src/index.ts' } } },
  { ...common, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: { entry: { index: 'src/index.ts' } } },
])
