// The project's own scraped-style pages (test/fixtures/pages, written for the project with the article and debris
// snippets and the article's names noted down before the tagger first ran on them).
import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { figures, judgePage, readOwnPages, type Page } from '../scripts/lib/boilerplate.js'
import { judgeNames, readExpectedNames } from '../scripts/lib/own-pages.js'

const pages = readOwnPages().filter((page) => page.id.startsWith('test/fixtures/pages/'))

/** Each page is tagged once for all the tests below. */
const docs = new Map<string, ReturnType<typeof tag>>()
function docOf(page: Page): ReturnType<typeof tag> {
  let doc = docs.get(page.id)
  if (!doc) docs.set(page.id, (doc = tag(page.text)))
  return doc
}

describe('own scraped pages', () => {
  it('are there, each with article and debris snippets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(24)
    for (const page of pages) {
      expect(page.with.length, page.id).toBeGreaterThan(0)
      expect(page.without.length, page.id).toBeGreaterThan(0)
    }
  })

  it.each(pages.map((page) => [page.id, page] as const))('%s: the headline and the last article sentence are article text', (_, page) => {
    const judged = judgePage(page, docOf(page).sections())
    expect(judged.withs[0]!.hit, `headline ${page.with[0]}`).toBe(true)
    expect(judged.withs.at(-1)!.hit || judged.withs.at(-2)!.hit, 'one of the last article snippets').toBe(true)
  })

  it('keep the article and leave out the debris on the whole', () => {
    const f = figures(pages.map((page) => judgePage(page, docOf(page).sections())))
    // Floors just under the figures of the 36 pages (recall 0.995, precision 0.942; the first 24 alone: 0.993 and
    // 0.964): a regression guard.
    expect(f.recall).toBeGreaterThanOrEqual(0.99)
    expect(f.precision).toBeGreaterThanOrEqual(0.935)
    expect(f.lostPages).toBe(0)
  })

  it('tag no name that stands only in the debris of most pages', () => {
    let tagged = 0
    let total = 0
    for (const page of pages) {
      const expected = readExpectedNames(page.id)
      total += expected.forbidden.length
      tagged += judgeNames(expected, docOf(page).entities()).leaked.length
    }
    expect(total).toBeGreaterThan(50)
    expect(tagged).toBeLessThanOrEqual(3)
  })

  it('tag the names the articles name and few others', () => {
    let expected = 0
    let found = 0
    let tagged = 0
    let right = 0
    for (const page of pages) {
      const judged = judgeNames(readExpectedNames(page.id), docOf(page).entities())
      expected += judged.expected
      found += judged.expected - judged.missing.length
      tagged += judged.tagged
      right += judged.tagged - judged.wrong.length
    }
    // Floors just under the figures reached (recall 0.906, precision 0.902): a regression guard.
    expect(found / expected).toBeGreaterThanOrEqual(0.9)
    expect(right / tagged).toBeGreaterThanOrEqual(0.89)
  })
})

