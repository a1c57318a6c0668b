// The sections stage: splits an article into title, lead, body and the page furniture around them. Line based,
// linear time, so that it works on text copied from any site, with or without blank lines between paragraphs.
// 1. Each line gets a kind from its own content (classify.ts): byline, debris, related link, teaser heading,
//    comments marker, caption, or text. Patterns must match the whole (short) line, so running text that merely
//    mentions "dpa" or "Kommentare" stays text; lines over 600 characters are always text.
// 2. Its place decides the rest (layout.ts): the run of short headline-like lines at the top is the title (a kicker
//    above the headline counts as title; lines of metadata and links of the site are passed over, headline.ts);
//    sentences above it are captions when the page shows furniture above them; the first paragraph is the lead only
//    when the body visibly starts after it (a dateline or a byline); once the text has begun, a teaser heading turns
//    everything after it into teasers and a comments line into comments.
// 3. Consecutive lines of one type become one range; title, lead and body keep their blank-line paragraphs apart.
// The stage also splits the sentences (a sentence never spans two sections) and finds the agency and the places of
// datelines.
import { MENTION_SECTIONS, type SectionRange, type TokenTable } from '../analysis.js'
import { defineStage } from '../stage.js'
import { splitSentences } from '../tokenize/index.js'
import { datelineSources, findSections } from './ranges.js'
import { datelinePlaces } from './dateline-places.js'

export { datelineSources, findSections } from './ranges.js'

export const sectionsStage = defineStage({
  name: 'sections',
  reads: ['view', 'tokens', 'textOffset'],
  fills: ['sections', 'mentionSections', 'sentenceStarts', 'agencySpans', 'datelinePlaces'],
  create: () => ({
    run(analysis) {
      const { view, tokens, textOffset } = analysis
      // A title given apart ends two characters (the separator) before the text.
      const sections = findSections(view, { titleEnd: textOffset > 0 ? textOffset - 2 : 0 })
      analysis.sections = sections
      analysis.mentionSections = sections.filter((section) => MENTION_SECTIONS.has(section.type))
      analysis.sentenceStarts = cutAtSections(splitSentences(view, tokens), tokens, sections)
      analysis.agencySpans = datelineSources(view, analysis.mentionSections)
      analysis.datelinePlaces = datelinePlaces(view, sections, tokens, analysis.sentenceStarts)
    },
  }),
})

/** A sentence never spans two sections: start a new sentence at the first token of every section. */
function cutAtSections(starts: Int32Array, tokens: TokenTable, sections: SectionRange[]): Int32Array {
  if (sections.length < 2 || tokens.count === 0) return starts
  const result: number[] = []
  let s = 0
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    while (s < starts.length && starts[s]! < t) result.push(starts[s++]!)
    if (t < tokens.count && (result.length === 0 || result[result.length - 1] !== t)) result.push(t)
  }
  while (s < starts.length) result.push(starts[s++]!)
  const unique = result.filter((value, i) => i === 0 || value !== result[i - 1])
  return Int32Array.from(unique)
}
