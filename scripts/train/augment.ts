// Synthetic training sentences that show the tagger knowledge-base names of several tokens in plain contexts, so that
// it learns to trust a full name match even where a word inside is a particle it otherwise tags O
// ("Ursula von der Leyen", "Bundesamt für Migration und Flüchtlinge"). Templates are written for schlagwort; names
// come from src/lexicon's knowledge base. Deterministic: entries in KB order, templates in turn.
import { kbEntries, lexiconList } from '../../src/lexicon/index.js'
import type { EntityType } from '../../src/types.js'
import type { LabelledSentence } from './corpus.js'

const TEMPLATES: Record<Exclude<EntityType, 'other'>, readonly string[]> = {
  person: [
    '{} sagte am Montag , die Lage sei ernst .',
    'Nach Angaben von {} ist noch keine Entscheidung gefallen .',
    'Das Gespräch mit {} dauerte zwei Stunden .',
    'Auch {} äußerte sich am Abend zu dem Vorfall .',
  ],
  place: [
    'In {} demonstrierten am Wochenende Tausende Menschen .',
    'Die Delegation reiste anschließend weiter nach {} .',
    'Der Zug aus {} hatte eine Stunde Verspätung .',
  ],
  organization: [
    'Ein Sprecher von {} bestätigte den Bericht am Dienstag .',
    'Die Vertreter von {} wollen sich in der kommenden Woche treffen .',
    'Nach Angaben von {} sind die Zahlen gestiegen .',
  ],
}

const CLASS: Record<Exclude<EntityType, 'other'>, string> = { person: 'PER', place: 'LOC', organization: 'ORG' }

/** One sentence per multi-token name (canonical names only, at most `limit` per type). */
export function kbSentences(limit: number): LabelledSentence[] {
  const sentences: LabelledSentence[] = []
  const used: Record<string, number> = {}
  for (const entry of kbEntries()) {
    if (entry.type === 'other') continue
    const name = entry.name.split(' ').filter((t) => t.length > 0)
    if (name.length < 2 || name.some((t) => /[(),]/.test(t))) continue
    const count = used[entry.type] ?? 0
    if (count >= limit) continue
    used[entry.type] = count + 1
    const templates = TEMPLATES[entry.type]
    const label = CLASS[entry.type]
    const template = templates[count % templates.length]!.split(' ')
    const tokens: string[] = []
    const labels: string[] = []
    for (const word of template) {
      if (word !== '{}') {
        tokens.push(word)
        labels.push('O')
        continue
      }
      name.forEach((t, i) => {
        tokens.push(t)
        labels.push((i === 0 ? 'B-' : 'I-') + label)
      })
    }
    sentences.push({ tokens, labels })
  }
  return sentences
}

const TITLE_TEMPLATES: readonly string[] = [
  'Herr {t} , ich danke Ihnen für die Antwort .',
  'Frau {t} , wir haben dazu eine Frage .',
  'Der {t} {f} {s} sagte , man werde die Vorschläge prüfen .',
  'Die Rede von {t} {s} wurde mit Beifall aufgenommen .',
]

/**
 * Sentences where title and role words stand next to names or to each other ("Frau Präsidentin", "Minister Max
 * Müller"): the title is never part of the name. Titles, first names and surnames come from src/lexicon, taken in
 * a fixed stride through each list.
 */
export function titleSentences(count: number): LabelledSentence[] {
  const titles = [...lexiconList('titles')].filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t))
  const firsts = [...lexiconList('firstNames')]
  const surnames = [...lexiconList('surnames')]
  if (titles.length === 0 || firsts.length === 0 || surnames.length === 0) return []
  const sentences: LabelledSentence[] = []
  for (let i = 0; i < count; i++) {
    const title = titles[(i * 7919) % titles.length]!
    const first = firsts[(i * 104729) % firsts.length]!
    const surname = surnames[(i * 15485863) % surnames.length]!
    const tokens: string[] = []
    const labels: string[] = []
    for (const word of TITLE_TEMPLATES[i % TITLE_TEMPLATES.length]!.split(' ')) {
      const afterFirst = labels[labels.length - 1] === 'B-PER'
      tokens.push(word === '{t}' ? title : word === '{f}' ? first : word === '{s}' ? surname : word)
      labels.push(word === '{f}' ? 'B-PER' : word === '{s}' ? (afterFirst ? 'I-PER' : 'B-PER') : 'O')
    }
    sentences.push({ tokens, labels })
  }
  return sentences
}
