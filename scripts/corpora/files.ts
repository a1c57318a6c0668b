// Reading the hand-curated inputs (corpora/curated/) and writing the derived files, deterministically.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CORPORA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora')

export interface CuratedRow {
  line: number
  cols: string[]
}

export function curatedLines(file: string): { line: number; text: string }[] {
  const text = readFileSync(resolve(CORPORA_DIR, 'curated', file), 'utf8')
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/\r$/, '') }))
    .filter(({ text: t }) => t.trim() !== '' && !t.startsWith('#'))
}

/** Tab-separated rows of a curated file; missing trailing columns become ''. */
export function curatedRows(file: string, columns: number): CuratedRow[] {
  return curatedLines(file).map(({ line, text }) => {
    const cols = text.split('\t').map((col) => col.trim())
    if (cols.length > columns) throw new Error(`corpora/curated/${file}:${line}: more than ${columns} columns`)
    while (cols.length < columns) cols.push('')
    return { line, cols }
  })
}

/** Entries of a curated word list: split on whitespace, or on commas when entries may contain spaces. */
export function curatedWords(file: string, separator: 'space' | 'comma'): string[] {
  const words: string[] = []
  for (const { text } of curatedLines(file)) {
    const parts = separator === 'space' ? text.split(/\s+/) : text.split(',')
    for (const part of parts) {
      const word = part.trim()
      if (word !== '') words.push(word)
    }
  }
  return words
}

export function splitField(field: string, separator: string): string[] {
  return field === '' ? [] : field.split(separator).map((part) => part.trim()).filter((part) => part !== '')
}

/** Sort key that puts umlauts and accented letters next to their base letters. */
function foldKey(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

export function compareWords(a: string, b: string): number {
  const ka = foldKey(a)
  const kb = foldKey(b)
  if (ka !== kb) return ka < kb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Unique entries, sorted; returns the file text with the header as `#` lines. */
export function listText(header: readonly string[], entries: Iterable<string>): string {
  const unique = [...new Set(entries)].sort(compareWords)
  return header.map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('') + unique.map((entry) => entry + '\n').join('')
}

export function writeCorpus(relative: string, text: string): void {
  writeFileSync(resolve(CORPORA_DIR, relative), text)
}

export function readCorpus(relative: string): string {
  return readFileSync(resolve(CORPORA_DIR, relative), 'utf8')
}
