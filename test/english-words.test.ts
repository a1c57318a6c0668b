import { describe, expect, it } from 'vitest'
import { isGermanNoun } from '../scripts/corpora/english.js'
import { curatedWords } from '../scripts/corpora/files.js'
import { corporaFile, isEnglishWord } from '../src/lexicon/index.js'

/** The entries of corpora/topics/english-words.txt. */
function entries(): string[] {
  return corporaFile('topics/english-words.txt').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
}

describe('English words (corpora/topics/english-words.txt)', () => {
  it('know the English words of page furniture and marketing copy', () => {
    for (const word of ['work', 'open', 'remote', 'social', 'smart', 'water', 'cell', 'share', 'content', 'look', 'posted']) expect(isEnglishWord(word), word).toBe(true)
  })

  it('leave out loanwords the German noun lexicon knows, international words and curated loanwords', () => {
    const german = ['team', 'computer', 'manager', 'film', 'software', 'podcast', 'festival', 'marketing', 'doping', 'training', 'hand', 'bank', 'kind', 'art', 'teams', 'banken']
    const international = ['lithium', 'panorama', 'terminus', 'cello']
    const borrowed = ['server', 'display', 'ticket', 'rugby']
    for (const word of [...german, ...international, ...borrowed]) expect(isEnglishWord(word), word).toBe(false)
  })

  it('hold lower-case words of four letters or more, none a noun the German lexicon knows nor a curated loanword', () => {
    const words = entries()
    expect(words.length).toBeGreaterThan(20_000)
    expect(words.filter((word) => !/^[a-z]{4,}$/.test(word))).toEqual([])
    expect(words.filter(isGermanNoun)).toEqual([])
    const list = new Set(words)
    expect(curatedWords('german-loanwords.txt', 'space').filter((word) => list.has(word))).toEqual([])
  })
})
