import { fileURLToPath } from 'node:url'
import { CORPORA_FILE, corporaModuleSource } from './corpora-module.mjs'

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && CORPORA_FILE.test(url)) {
    return { format: 'module', source: corporaModuleSource(fileURLToPath(url)), shortCircuit: true }
  }
  return nextLoad(url, context)
}
