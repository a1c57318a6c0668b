// boilerplate-de (../shared/data/boilerplate-de, evaluation and tuning only: its text never enters the repository):
// real pages as a naive scraper's text, with snippets of the article (`with`) and of page debris (`without`). The
// scoring rule of its README: a `with` snippet is kept when, for some occurrence, at least half of its non-space
// characters lie in title, lead, body or caption; a `without` snippet leaks when at least half lie in title, lead or
// body. Snippets match with any run of white space standing for any other.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Section, SectionType } from '../../src/index.js'
import { dataFile, type ScriptArgs } from './args.js'

export interface Page {
  id: string
  url: string
  text: string
  with: string[]
  without: string[]
}

/**
 * The project's own pages in the same form: a text file with a sidecar of article and debris snippets
 * (`NAME.sections.json` beside own articles, `NAME.json` with more fields beside the scraped pages of
 * test/fixtures/pages). Written by the project, so they may be used for training as well as for tests. The held-out
 * pages (test/fixtures/pages-holdout) only when asked: no training or tuning reads them.
 */
export function readOwnPages(root = '.', { holdout = false } = {}): Page[] {
  const pages: Page[] = []
  const sidecars = (dir: string, suffix: string) => {
    const path = join(root, dir)
    if (!existsSync(path)) return
    for (const file of readdirSync(path).sort()) {
      if (!file.endsWith(suffix)) continue
      const text = readFileSync(join(path, file.slice(0, -suffix.length) + '.txt'), 'utf8')
      const json = JSON.parse(readFileSync(join(path, file), 'utf8')) as Pick<Page, 'with' | 'without'>
      pages.push({ id: `${dir}/${file.slice(0, -suffix.length)}`, url: '', text, with: json.with, without: json.without })
    }
  }
  for (const dir of ['examples', 'test/fixtures/articles', 'test/fixtures/tagging', 'test/fixtures/related']) sidecars(dir, '.sections.json')
  sidecars('test/fixtures/pages', '.json')
  if (holdout) sidecars('test/fixtures/pages-holdout', '.json')
  return pages
}

export function readPages(args: ScriptArgs): Page[] {
  const path = dataFile(args, 'boilerplate-de/dev.jsonl')
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Page)
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** `text` with every run of white space as one space, and where each of its characters came from. */
function collapse(text: string): { flat: string; from: Int32Array } {
  let flat = ''
  const from: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (flat.endsWith(' ')) continue
      flat += ' '
    } else flat += text[i]
    from.push(i)
  }
  return { flat, from: Int32Array.from(from) }
}

/** Every occurrence [start, end) of `snippet` in a collapsed text, white space matched loosely; overlapping ones too. */
function occurrences({ flat, from }: { flat: string; from: Int32Array }, snippet: string): Array<[number, number]> {
  const needle = collapse(snippet.trim()).flat
  if (needle === '') return []
  const out: Array<[number, number]> = []
  for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) out.push([from[at]!, from[at + needle.length - 1]! + 1])
  return out
}

const ARTICLE: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body'])
const ARTICLE_OR_CAPTION: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body', 'caption'])

/** Section type of every character (undefined outside sections). */
function charTypes(length: number, sections: ReadonlyArray<Pick<Section, 'type' | 'start' | 'end' | 'field'>>): Array<SectionType | undefined> {
  const types = new Array<SectionType | undefined>(length)
  for (const section of sections) {
    if (section.field === 'title') continue
    for (let i = Math.max(0, section.start); i < Math.min(length, section.end); i++) types[i] = section.type
  }
  return types
}

function shareIn(text: string, types: ReadonlyArray<SectionType | undefined>, [start, end]: [number, number], set: ReadonlySet<SectionType>): number {
  let all = 0
  let inside = 0
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) continue
    all++
    const type = types[i]
    if (type !== undefined && set.has(type)) inside++
  }
  return all === 0 ? 0 : inside / all
}

export interface SnippetResult {
  snippet: string
  found: boolean
  /** kept (a `with` snippet) or leaked (a `without` snippet) */
  hit: boolean
  /** Where its best occurrence stands. */
  at: [number, number] | undefined
}

export interface JudgedPage {
  id: string
  withs: SnippetResult[]
  withouts: SnippetResult[]
}

/** Where each snippet of a page occurs (computed once per page: judging a page again needs no search). */
export interface PageOccurrences {
  withs: Array<Array<[number, number]>>
  withouts: Array<Array<[number, number]>>
}

export function pageOccurrences(page: Page): PageOccurrences {
  const text = collapse(page.text)
  return { withs: page.with.map((s) => occurrences(text, s)), withouts: page.without.map((s) => occurrences(text, s)) }
}

function judgeSnippets(page: Page, types: ReadonlyArray<SectionType | undefined>, snippets: readonly string[], found: ReadonlyArray<Array<[number, number]>>, set: ReadonlySet<SectionType>): SnippetResult[] {
  return snippets.map((snippet, k) => {
    let best = -1
    let at: [number, number] | undefined
    for (const occurrence of found[k]!) {
      const share = shareIn(page.text, types, occurrence, set)
      if (share > best) [best, at] = [share, occurrence]
    }
    return { snippet, found: at !== undefined, hit: best >= 0.5, at }
  })
}

export function judgePage(page: Page, sections: ReadonlyArray<Pick<Section, 'type' | 'start' | 'end' | 'field'>>, found = pageOccurrences(page)): JudgedPage {
  const types = charTypes(page.text.length, sections)
  return { id: page.id, withs: judgeSnippets(page, types, page.with, found.withs, ARTICLE_OR_CAPTION), withouts: judgeSnippets(page, types, page.without, found.withouts, ARTICLE) }
}

export interface Figures {
  pages: number
  with: number
  kept: number
  without: number
  leaked: number
  recall: number
  precision: number
  f1: number
  /** Pages with at least one leaked snippet. */
  leakPages: number
  /** Pages where no `with` snippet was kept: the whole article lost. */
  lostPages: number
}

export function figures(judged: readonly JudgedPage[]): Figures {
  let w = 0
  let kept = 0
  let wo = 0
  let leaked = 0
  let leakPages = 0
  let lostPages = 0
  for (const page of judged) {
    const pageKept = page.withs.filter((x) => x.hit).length
    const pageLeaked = page.withouts.filter((x) => x.hit).length
    w += page.withs.length
    kept += pageKept
    wo += page.withouts.length
    leaked += pageLeaked
    if (pageLeaked > 0) leakPages++
    if (page.withs.length > 0 && pageKept === 0) lostPages++
  }
  const recall = w ? kept / w : 0
  const precision = wo ? 1 - leaked / wo : 0
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0
  return { pages: judged.length, with: w, kept, without: wo, leaked, recall, precision, f1, leakPages, lostPages }
}
