// One name, one referent per article: once an entity is known, its other bare occurrences are its mentions too,
// even where the recogniser missed them (`Putin und Trump erwägen Gipfeltreffen` after `Wladimir Putin`).
import type { EntityRecord, SectionRange, TokenTable } from '../analysis.js'
import { COLUMN_STRIDE, type LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import { opensSentence, wordBefore } from './around.js'
import { isAmount } from './common-words.js'
import { businessNameTail } from './name-words.js'
import { cleanSurface } from './names.js'
import type { WordChecks } from './word-checks.js'

/**
 * Words that stand for an entity on their own: a person's surname, a one-word name of anything else, the name of a
 * business after its head (Freshfields of Kanzlei Freshfields), a one-word alias of the knowledge base that is no
 * common noun (Barca of FC Barcelona).
 */
function keyWords(entity: EntityRecord, view: string, aliases: readonly string[], words: WordChecks): string[] {
  const keys = new Set<string>()
  const add = (name: string) => {
    const space = name.lastIndexOf(' ')
    if (space < 0) keys.add(name)
    else if (entity.type === 'person') keys.add(name.slice(space + 1))
    else {
      const tail = businessNameTail(name)
      if (tail !== '') keys.add(tail)
    }
  }
  add(entity.name)
  for (const mention of entity.mentions) if (mention.kind === 'name') add(cleanSurface(view.slice(mention.start, mention.end)))
  for (const alias of aliases) if (alias.length >= MIN_ALIAS && !alias.includes(' ') && !words.isCommonNoun(alias)) keys.add(alias)
  return [...keys].filter((key) => key.length > 1 && key[0] !== key[0]!.toLowerCase())
}

/** A shorter alias is too often an acronym of something else (EU, AG). */
const MIN_ALIAS = 4

/** `form` stands for `entity`, unless another entity claimed it too (then for none). */
function claim(owner: Map<string, EntityRecord | null>, form: string, entity: EntityRecord): void {
  const before = owner.get(form)
  owner.set(form, before === undefined || before === entity ? entity : null)
}

/**
 * Adds mentions in place; `sections` are the ones whose text may hold mentions, `lexemes` the tokens' lexemes in
 * `table`, `aliasesOf` an entity's aliases in the knowledge base (none for an unknown one). `ownerOf` (per lexeme, -1
 * between documents) is the caller's buffer: per lexeme, the index in `owners` of the entity its word stands for.
 */
export function propagateMentions(entities: EntityRecord[], view: string, tokens: TokenTable, sections: readonly SectionRange[], lexemes: Int32Array, table: LexemeTable, ownerOf: LexemeInts, words: WordChecks, aliasesOf: (id: string) => readonly string[]): void {
  const owner = new Map<string, EntityRecord | null>()
  for (const entity of entities) {
    for (const key of keyWords(entity, view, aliasesOf(entity.id), words)) {
      claim(owner, key, entity)
      claim(owner, key + 's', entity)
    }
  }
  if (owner.size === 0) return
  const owners: EntityRecord[] = []
  const marked: number[] = []
  const marks = ownerOf.sync()
  const column = ownerOf.offset
  for (const [key, entity] of owner) {
    const lexeme = table.find(key)
    // A key no token of the text has (a name's base form, a genitive) marks nothing; an ambiguous one neither.
    if (lexeme < 0 || entity === null) continue
    marks[lexeme * COLUMN_STRIDE + column] = owners.length
    owners.push(entity)
    marked.push(lexeme)
  }
  const taken = mentionTokens(entities, tokens)
  try {
    let t = 0
    for (const section of sections) {
      while (t < tokens.count && tokens.starts[t]! < section.start) t++
      for (; t < tokens.count && tokens.starts[t]! < section.end; t++) {
        const lexeme = lexemes[t]!
        const mark = lexeme < 0 ? -1 : marks[lexeme * COLUMN_STRIDE + column]!
        if (mark < 0 || taken[t] === 1) continue
        // `Oder besser gesagt`, `Keller auspumpen`: at a sentence's start a word's common reading wins.
        if (opensSentence(view, tokens.starts[t]!) && words.isCommonWord(table.strings[lexeme]!)) continue
        const owner = owners[mark]!
        // `999 Euro`, `5 Franken`: after an amount the word is a unit.
        if (owner.type !== 'person' && isAmount(wordBefore(view, tokens.starts[t]!))) continue
        owner.mentions.push({ start: tokens.starts[t]!, end: tokens.ends[t]!, kind: 'name' })
      }
    }
  } finally {
    for (const lexeme of marked) marks[lexeme * COLUMN_STRIDE + column] = -1
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** 1 for every token that overlaps a mention of the entities. */
export function mentionTokens(entities: readonly EntityRecord[], tokens: TokenTable): Uint8Array {
  const covered = new Uint8Array(tokens.count)
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let lo = 0
      let hi = tokens.count
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (tokens.ends[mid]! <= mention.start) lo = mid + 1
        else hi = mid
      }
      for (let t = lo; t < tokens.count && tokens.starts[t]! < mention.end; t++) covered[t] = 1
    }
  }
  return covered
}
