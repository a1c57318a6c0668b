import { defineConfig } from 'vitest/config'
import { corporaVitePlugin } from './scripts/corpora-module.mjs'

export default defineConfig({
  plugins: [corporaVitePlugin()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
