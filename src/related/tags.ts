// Interned tags: every feature key (`e:place:berlin`, `w:hilf`) gets a small integer id once; the index stores
// only ids. Document frequencies live here because they belong to the tag, not to any one posting.
import { channelOfKey, pickLabel } from './profile.js'
import { ensureLength } from '../shared/grow.js'

export class TagTable {
  readonly #ids = new Map<string, number>()
  readonly keys: string[] = []
  /** Per tag, the label explanations show: pickLabel over the labels documents gave it ('' none). */
  readonly labels: string[] = []
  channels = new Uint8Array(0)
  /** Live documents carrying each tag. */
  df = new Int32Array(0)

  get count(): number {
    return this.keys.length
  }

  idOf(key: string): number {
    return this.#ids.get(key) ?? -1
  }

  intern(key: string, label = ''): number {
    let id = this.#ids.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.#ids.set(key, id)
      this.keys.push(key)
      this.labels.push(label)
      this.channels = ensureLength(this.channels, id + 1)
      this.df = ensureLength(this.df, id + 1)
      this.channels[id] = channelOfKey(key)
    } else if (label !== '') {
      this.labels[id] = pickLabel(this.labels[id]!, label)
    }
    return id
  }

  /** Document frequency of a key; 0 when unknown. */
  frequency(key: string): number {
    const id = this.#ids.get(key)
    return id === undefined ? 0 : this.df[id]!
  }
}
