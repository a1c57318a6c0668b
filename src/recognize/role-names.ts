// A role word right before two or three capitalised words that are neither ordinary nouns nor function words names a
// person the recogniser may not know (`Konzernchef Vas Narasimhan sprach`, `Direktor Juergen Boos sagte`); so does a
// known first name before one or two such words (`Stadtkämmerer Jochen Mauch rechnet`). The name must end the phrase
// (a lower-case word or punctuation follows): `Ministerin Anna Beispiel Partei` is left alone.
import type { MentionInput, SectionRange, TokenTable } from '../analysis.js'
import { isUpperCode } from '../shared/chars.js'
import { spacedTokens } from '../tokenize/index.js'
import { FIRST_NAME, NAME_WORD, ROLE_WORD } from './word-flags.js'

const MIN_NAME_WORDS = 2
const MAX_NAME_WORDS = 3

/**
 * People named after a role word in `sections` and not yet a mention, merged into `mentions` (text order). `flagsAt`
 * gives a token's word flags (word-flags.ts).
 */
export function addRoleNames(view: string, tokens: TokenTable, sections: readonly SectionRange[], flagsAt: (token: number) => number, mentions: readonly MentionInput[]): MentionInput[] {
  const found: MentionInput[] = []
  let m = 0
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t + 1 < tokens.count && tokens.starts[t]! < section.end; t++) {
      if (!isUpperCode(view.charCodeAt(tokens.starts[t]!))) continue
      const flags = flagsAt(t)
      // After a role word the name starts at the next word; a known first name starts one itself.
      const first = (flags & ROLE_WORD) !== 0 ? t + 1 : (flags & FIRST_NAME) !== 0 ? t : -1
      if (first < 0) continue
      let end = first === t ? t + 1 : first
      while (end < tokens.count && end - first < MAX_NAME_WORDS && tokens.ends[end]! <= section.end && spacedTokens(view, tokens, end - 1, end) && (flagsAt(end) & NAME_WORD) !== 0) end++
      const words = end - first
      if (words < MIN_NAME_WORDS) continue
      if (end < tokens.count && isUpperCode(view.charCodeAt(tokens.starts[end]!)) && spacedTokens(view, tokens, end - 1, end)) continue
      const start = tokens.starts[first]!
      const stop = tokens.ends[end - 1]!
      while (m < mentions.length && mentions[m]!.end <= start) m++
      if (m < mentions.length && mentions[m]!.start < stop) continue
      found.push({ start, end: stop, label: 'PER', kind: 'name' })
      t = end - 1
    }
  }
  if (found.length === 0) return [...mentions]
  return [...mentions, ...found].sort((a, b) => a.start - b.start || a.end - b.end)
}
