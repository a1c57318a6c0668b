// Reader for 10kGNAD (`label;'text'`, quote char ', doubled quote as escape, CRLF). Evaluation and benchmarks only:
// its license (CC BY-NC-SA 4.0) forbids shipping anything derived from it.
import { readFileSync } from 'node:fs'
import { dataFile, type ScriptArgs } from './args.js'

export interface GnadArticle {
  label: string
  text: string
}

export function parseGnad(raw: string): GnadArticle[] {
  const articles: GnadArticle[] = []
  let i = 0
  while (i < raw.length) {
    const semicolon = raw.indexOf(';', i)
    if (semicolon < 0) break
    const label = raw.slice(i, semicolon).trim()
    let j = semicolon + 1
    let text = ''
    if (raw[j] === "'") {
      j++
      for (;;) {
        const quote = raw.indexOf("'", j)
        if (quote < 0) throw new Error(`10kGNAD: unterminated quote after offset ${semicolon}`)
        text += raw.slice(j, quote)
        if (raw[quote + 1] === "'") {
          text += "'"
          j = quote + 2
        } else {
          j = quote + 1
          break
        }
      }
    } else {
      const eol = raw.indexOf('\n', j)
      text = raw.slice(j, eol < 0 ? raw.length : eol).replace(/\r$/, '')
      j = eol < 0 ? raw.length : eol
    }
    while (j < raw.length && (raw[j] === '\r' || raw[j] === '\n')) j++
    articles.push({ label, text })
    i = j
  }
  return articles
}

export function readGnad(args: ScriptArgs): GnadArticle[] {
  return parseGnad(readFileSync(dataFile(args, '10kGNAD/test.csv'), 'utf8'))
}

export type GnadHalf = 'tune' | 'report'

/**
 * The fixed split of test.csv used by the relatedness evaluation: within each section, its articles in file order
 * alternate between the halves, the 1st, 3rd, 5th, … going to `tune` and the 2nd, 4th, … to `report`. So both halves
 * keep the section mix (516 and 512 of the 1,028 articles), and the split depends on nothing but the file.
 * Defaults are chosen on `tune` only; `report` is held out and measured once they are chosen.
 */
export function splitGnad(articles: readonly GnadArticle[]): Record<GnadHalf, number[]> {
  const seen = new Map<string, number>()
  const halves: Record<GnadHalf, number[]> = { tune: [], report: [] }
  articles.forEach((article, i) => {
    const k = seen.get(article.label) ?? 0
    seen.set(article.label, k + 1)
    halves[k % 2 === 0 ? 'tune' : 'report'].push(i)
  })
  return halves
}
