// Node module hooks (registered by corpora-hooks.mjs) so that `tsx` scripts import the data bundle and the kernel
// the same way the build does.
import { fileURLToPath } from 'node:url'
import { BUNDLE_ID, bundleModuleSource, wasmModuleSource } from './corpora-module.mjs'

const BUNDLE_URL = 'schlagwort-corpora:bundle'

export async function resolve(specifier, context, nextResolve) {
  if (specifier === BUNDLE_ID) return { url: BUNDLE_URL, shortCircuit: true }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (url === BUNDLE_URL) return { format: 'module', source: bundleModuleSource('esm'), shortCircuit: true }
  if (url.startsWith('file:') && url.endsWith('.wasm')) return { format: 'module', source: wasmModuleSource(fileURLToPath(url)), shortCircuit: true }
  return nextLoad(url, context)
}
