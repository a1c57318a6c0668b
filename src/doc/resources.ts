// What the pipeline reads besides the text: the knowledge-base index and the dictionary of names matched verbatim.
// The default resources are built once, on first use, and shared; createTagger builds its own over user entries.
import { kbEntries, type KbEntry } from '../lexicon/index.js'
import { buildDictionary, type Dictionary } from '../recognize/dictionary.js'
import { buildKbIndex, defaultKbIndex, type KbIndex } from '../link/index.js'
import { kbDictionaryEntries } from '../recognize/kb-dictionary.js'

export interface Resources {
  kb: KbIndex
  dictionary: Dictionary
}

let defaults: Resources | undefined

export function defaultResources(): Resources {
  defaults ??= { kb: defaultKbIndex(), dictionary: buildDictionary(kbDictionaryEntries(kbEntries())) }
  return defaults
}

/** Resources over the bundled knowledge base plus `extra` entries (an extra entry replaces a bundled one of its id). */
export function resourcesWith(extra: readonly KbEntry[]): Resources {
  return {
    kb: buildKbIndex([...kbEntries(), ...extra]),
    dictionary: buildDictionary([
      ...kbDictionaryEntries(kbEntries()).filter((entry) => !extra.some((own) => own.id === entry.id)),
      ...extra.map((entry) => ({ id: entry.id, type: entry.type, names: [entry.name, ...entry.aliases], override: true })),
    ]),
  }
}
