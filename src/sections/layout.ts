// From what each line is (its pattern kind and the line model's probability) to the section type of every line:
// the article core is body (core.ts), debris lines inside it are cut out but never end it; the headline is the
// title-like line nearest above the core, a teaser paragraph between them is the lead; after the core, a teaser
// heading starts teasers and a comments line starts comments; everything else outside the core is page debris.
import type { SectionType } from '../types.js'
import { isPersonName, LINE, SHAPE, type LineClasses, type LineKind } from './classify.js'
import { articleCore, CORE_BARRIER, CORE_FURNITURE, CORE_TEXT } from './core.js'
import { NOT_HEADLINE, notHeadline, type NotHeadline } from './headline.js'
import type { LineModel } from './line-model.js'
import type { LineTable } from './lines.js'

/** How far above the core the headline is looked for (bylines, dates, captions and menus stand between). */
const MAX_TITLE_DISTANCE = 8
/** Kicker and headline. */
const MAX_TITLE_LINES = 2
/** A caption above the headline is believed only this short, and only two of them. */
const MAX_HEAD_CAPTION = 300
const MAX_HEAD_CAPTIONS = 2
/** Inside the core, lines at most this long may be cut out as debris. */
const SHORT_LINE = 80
/** An ad block is at most this many lines. */
const MAX_AD_LINES = 6
/** A related-article marker this short names no headline itself; up to this many headlines follow it. */
const MAX_BARE_MARKER = 30
const MAX_RELATED_HEADLINES = 3
/** How far below the core a closing byline is looked for. */
const MAX_CLOSING_DISTANCE = 4

/** Type of a line by its pattern kind alone. */
const KIND_TYPES: Readonly<Record<LineKind, SectionType>> = {
  [LINE.text]: 'other', [LINE.other]: 'other', [LINE.byline]: 'byline', [LINE.related]: 'related',
  [LINE.caption]: 'caption', [LINE.teaserHeading]: 'other', [LINE.commentsMarker]: 'other', [LINE.credit]: 'other',
  [LINE.adMarker]: 'other',
}

interface Layout {
  lines: LineTable
  texts: readonly string[]
  kinds: Uint8Array
  shapes: Uint8Array
  probabilities: Float64Array
  lengths: Int32Array
  types: SectionType[]
}

function has(layout: Layout, line: number, shape: number): boolean {
  return line >= 0 && line < layout.lines.count && (layout.shapes[line]! & shape) !== 0
}

function isText(layout: Layout, line: number): boolean {
  return line >= 0 && line < layout.lines.count && layout.kinds[line] === LINE.text
}

/**
 * Inside the core: text is body unless it is a short unlikely line that is neither a sentence nor a headline nor
 * hard-wrapped into the next line (a button, a stray menu item); pattern kinds keep their type.
 */
function markCore(layout: Layout, model: LineModel, first: number, last: number): void {
  const { kinds, types, probabilities, lengths } = layout
  for (let i = first; i <= last; i++) {
    if (kinds[i] !== LINE.text) continue
    const cut = lengths[i]! <= SHORT_LINE && probabilities[i]! < model.keep && !has(layout, i, SHAPE.titleLike | SHAPE.sentence | SHAPE.wrapped)
    types[i] = cut ? 'other' : 'body'
  }
}

/**
 * The headline: the title-like text lines that open the core (kicker and headline; of a longer run of short lines
 * the last two, the others are navigation), else the title-like line nearest above the core with the kicker right
 * above it. Lines of metadata and links of the site are passed over (vetoOf); past a link no headline is looked for.
 * Sentences between an outside headline and the core are the lead. Returns the first title line, or -1.
 */
function markTitle(layout: Layout, first: number, last: number): number {
  const { types } = layout
  let open = first
  while (open <= last && !isText(layout, open)) open++
  // Photo captions above the headline open the core on a scraped page (furniture above them): skip them.
  const captions: number[] = []
  let probe = open
  while (captions.length < MAX_HEAD_CAPTIONS && isHeadCaption(layout, probe) && scrapedAbove(layout, probe)) {
    captions.push(probe)
    probe++
    while (probe <= last && !isText(layout, probe)) probe++
  }
  if (captions.length > 0 && has(layout, probe, SHAPE.titleLike)) {
    for (const line of captions) types[line] = 'caption'
    open = probe
  }
  let end = open
  while (end <= last && isText(layout, end) && has(layout, end, SHAPE.titleLike)) end++
  if (end > open && hasTextAfter(layout, end, last)) {
    // The headline is the last line of the run that is neither metadata (stamps and bylines stand under it) nor a
    // link of the site; when there is none and a link was among them, the run is navigation and so is what is above.
    let head = end - 1
    let links = false
    for (; head >= open; head--) {
      const veto = vetoOf(layout, head)
      if (veto === NOT_HEADLINE.no) break
      if (veto === NOT_HEADLINE.navigation) links = true
    }
    if (head < open) {
      for (let k = open; k < end; k++) types[k] = 'other'
      if (links) return -1
    } else {
      let from = head > open && vetoOf(layout, head - 1) === NOT_HEADLINE.no ? head - 1 : head
      for (let k = open; k < from; k++) types[k] = 'other'
      for (let k = head + 1; k < end; k++) types[k] = 'other'
      // A kicker right above a one-line headline, outside the core.
      if (from === open && head === from && isText(layout, from - 1) && has(layout, from - 1, SHAPE.titleLike) && layout.lines.gapBefore[from] === 0 && vetoOf(layout, from - 1) === NOT_HEADLINE.no) from--
      for (let k = from; k <= head; k++) types[k] = 'title'
      return from
    }
  }
  for (let j = first - 1; j >= 0 && j >= first - MAX_TITLE_DISTANCE; j--) {
    if (!isText(layout, j) || !has(layout, j, SHAPE.titleLike)) continue
    const veto = vetoOf(layout, j)
    if (veto === NOT_HEADLINE.navigation) return -1
    if (veto === NOT_HEADLINE.metadata) continue
    let top = j
    while (top > 0 && j - top + 1 < MAX_TITLE_LINES && isText(layout, top - 1) && has(layout, top - 1, SHAPE.titleLike) && layout.lines.gapBefore[top] === 0 && vetoOf(layout, top - 1) === NOT_HEADLINE.no) top--
    for (let k = top; k <= j; k++) types[k] = 'title'
    for (let k = j + 1; k < first; k++) if (isText(layout, k) && has(layout, k, SHAPE.sentence)) types[k] = 'lead'
    return top
  }
  if (open === last && end > open) {
    // A page of one short line: a headline alone.
    types[open] = 'title'
    return open
  }
  return -1
}

/**
 * Why a title-like line is no headline (headline.ts); an author's name is metadata too when a date stamp stands right
 * above or below it ("Anna Beispiel" over "Do 9 Apr 2020").
 */
function vetoOf(layout: Layout, line: number): NotHeadline {
  const { texts, lines } = layout
  const veto = notHeadline(texts[line]!)
  if (veto !== NOT_HEADLINE.no || !isPersonName(texts[line]!)) return veto
  const stampAbove = line > 0 && lines.gapBefore[line] === 0 && isText(layout, line - 1) && notHeadline(texts[line - 1]!) === NOT_HEADLINE.metadata
  const stampBelow = line + 1 < lines.count && lines.gapBefore[line + 1] === 0 && isText(layout, line + 1) && notHeadline(texts[line + 1]!) === NOT_HEADLINE.metadata
  return stampAbove || stampBelow ? NOT_HEADLINE.metadata : NOT_HEADLINE.no
}

/** No line is a sentence or longer than a headline: a list, a headline alone, a title with a few words. */
function onlyShortLines(layout: Layout): boolean {
  for (let i = 0; i < layout.lines.count; i++) if (isText(layout, i) && !has(layout, i, SHAPE.titleLike)) return false
  return true
}

/** Of only short lines, the first text line is the title and the other text lines are body. */
function markShortLines(layout: Layout): SectionType[] {
  let title = -1
  for (let i = 0; i < layout.lines.count; i++) {
    if (!isText(layout, i)) continue
    layout.types[i] = title < 0 ? 'title' : 'body'
    if (title < 0) title = i
  }
  return layout.types
}

/** Some text line of the core from `from` on that is not title-like. */
function hasTextAfter(layout: Layout, from: number, last: number): boolean {
  for (let i = from; i <= last; i++) if (isText(layout, i) && layout.types[i] === 'body') return true
  return false
}

/**
 * An agency or author byline shortly after the core closes the article: sentences between the core and it (a last
 * paragraph below a photo credit) are body.
 */
function markClosing(layout: Layout, last: number): number {
  const { kinds, types } = layout
  const sentences: number[] = []
  for (let i = last + 1; i < layout.lines.count && i <= last + MAX_CLOSING_DISTANCE; i++) {
    const kind = kinds[i]
    if (kind === LINE.byline) {
      for (const line of sentences) types[line] = 'body'
      return sentences.length > 0 ? sentences[sentences.length - 1]! : last
    }
    if (kind === LINE.text) {
      if (!has(layout, i, SHAPE.sentence)) return last
      sentences.push(i)
    } else if (kind !== LINE.caption && kind !== LINE.credit && kind !== LINE.related) return last
  }
  return last
}

/** A short sentence that is not a headline: what a photo caption above the headline looks like. */
function isHeadCaption(layout: Layout, line: number): boolean {
  return isText(layout, line) && has(layout, line, SHAPE.sentence) && !has(layout, line, SHAPE.titleLike) && layout.lengths[line]! <= MAX_HEAD_CAPTION
}

/** Furniture (debris, a credit, a caption) above the line: the page was scraped with it. */
function scrapedAbove(layout: Layout, line: number): boolean {
  for (let i = 0; i < line; i++) {
    const kind = layout.kinds[i]
    if (kind === LINE.other || kind === LINE.credit || kind === LINE.caption) return true
  }
  return false
}

/** Sentences right above the headline are its photo's captions when the page shows furniture above them. */
function markHeadCaptions(layout: Layout, title: number): void {
  if (!scrapedAbove(layout, title)) return
  let captions = 0
  for (let j = title - 1; j >= 0 && captions < MAX_HEAD_CAPTIONS; j--) {
    if (!isText(layout, j)) continue
    if (!isHeadCaption(layout, j)) return
    layout.types[j] = 'caption'
    captions++
  }
}

/** The core's first paragraph is a lead when the body visibly starts after it: with a dateline or after a byline. */
function markLead(layout: Layout, line: number, last: number): void {
  const { kinds, types } = layout
  if (types[line] !== 'body' || !has(layout, line, SHAPE.sentence) || has(layout, line, SHAPE.dateline)) return
  let next = line + 1
  let byline = false
  while (next <= last && !isText(layout, next)) {
    if (kinds[next] === LINE.byline) byline = true
    next++
  }
  if (next > last) return
  if (byline || has(layout, next, SHAPE.dateline)) types[line] = 'lead'
}

/** After the core, a teaser heading starts teasers and a comments line starts comments, each to the end. */
function markAfter(layout: Layout, last: number): void {
  const { kinds, types } = layout
  let region: 'teasers' | 'comments' | undefined
  for (let i = last + 1; i < layout.lines.count; i++) {
    const kind = kinds[i]
    if (region === 'comments' || kind === LINE.commentsMarker) region = types[i] = 'comments'
    else if (region === 'teasers') types[i] = kind === LINE.other || kind === LINE.credit ? 'other' : 'teasers'
    else if (kind === LINE.teaserHeading) region = types[i] = 'teasers'
  }
}

/** Bylines, credits, captions and related links stand inside articles as often as outside; menus and stamps do not. */
function coreRole(kind: LineKind): number {
  if (kind === LINE.commentsMarker || kind === LINE.teaserHeading) return CORE_BARRIER
  if (kind === LINE.adMarker) return CORE_FURNITURE
  return kind === LINE.byline || kind === LINE.credit || kind === LINE.caption || kind === LINE.related ? CORE_FURNITURE : CORE_TEXT
}

/** The lines right under an ad label ("Anzeige") are the ad, up to the next blank line, at most MAX_AD_LINES. */
function markAds(layout: Layout): void {
  const { kinds, types, lines } = layout
  for (let i = 0; i < lines.count; i++) {
    if (kinds[i] !== LINE.adMarker) continue
    let k = i + 1
    for (let taken = 0; k < lines.count && taken < MAX_AD_LINES && lines.gapBefore[k] === 0; k++, taken++) {
      if (isText(layout, k)) types[k] = 'other'
    }
    i = k - 1
  }
}

/** Headlines right after a related-article marker that has none of its own ("Mehr lesen …", "Lesen Sie auch:"). */
function markRelatedHeadlines(layout: Layout): void {
  const { kinds, types, lines } = layout
  for (let i = 0; i + 1 < lines.count; i++) {
    if (kinds[i] !== LINE.related || layout.lengths[i]! > MAX_BARE_MARKER) continue
    for (let k = i + 1, taken = 0; k < lines.count && taken < MAX_RELATED_HEADLINES && isText(layout, k) && has(layout, k, SHAPE.titleLike); k++, taken++) {
      types[k] = 'related'
    }
  }
}

/**
 * A hard-wrapped line and the line it runs on into are one paragraph: when either is article text, both are (the
 * earlier line's type wins when both are).
 */
function joinWrapped(layout: Layout): void {
  const { types, lines } = layout
  const isArticle = (type: SectionType) => type === 'body' || type === 'lead'
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < lines.count; i++) {
      if (!has(layout, i, SHAPE.wrapped) || lines.gapBefore[i + 1] !== 0 || !isText(layout, i + 1)) continue
      if (isArticle(types[i]!) && types[i + 1] !== types[i]) types[i + 1] = types[i]!
      else if (isArticle(types[i + 1]!) && !isArticle(types[i]!)) types[i] = types[i + 1]!
    }
  }
}

/** Section type of every line. `titleGiven`: the caller gave the title apart, so none is looked for in the text. */
export function layoutLines(lines: LineTable, classes: LineClasses, probabilities: Float64Array, model: LineModel, titleGiven: boolean): SectionType[] {
  const types = Array.from(classes.kinds, (kind) => KIND_TYPES[kind as LineKind])
  const lengths = Int32Array.from({ length: lines.count }, (_, i) => lines.ends[i]! - lines.starts[i]!)
  const layout: Layout = { lines, texts: classes.texts, kinds: classes.kinds, shapes: classes.shapes, probabilities, lengths, types }
  const roles = Uint8Array.from(classes.kinds, (kind) => coreRole(kind as LineKind))
  const [first, last] = articleCore(model, probabilities, lengths, roles)
  if (first < 0) return types
  if (!titleGiven && onlyShortLines(layout)) return markShortLines(layout)
  markCore(layout, model, first, last)
  if (!titleGiven) {
    const title = markTitle(layout, first, last)
    if (title >= 0) markHeadCaptions(layout, title)
  } else {
    // The title came apart: a short line right above the core is a label of the text (kicker, "Kurz notiert"), body.
    for (let j = first - 1; j >= 0 && first - j <= MAX_TITLE_LINES && isText(layout, j) && has(layout, j, SHAPE.titleLike); j--) types[j] = 'body'
  }
  let opening = first
  while (opening <= last && types[opening] !== 'body') opening++
  if (opening <= last) markLead(layout, opening, last)
  markAfter(layout, markClosing(layout, last))
  markAds(layout)
  markRelatedHeadlines(layout)
  joinWrapped(layout)
  return types
}
