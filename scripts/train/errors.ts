// Error analysis: every gold or predicted span that is not an exact match gets one kind, so the kinds add up to
// fp + fn of the strict score (an exact-boundary class confusion counts once, as one kind).
import { bioSpans, type Span } from './spans.js'

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
const coarse = (type: string): string => type.replace(/(deriv|part)$/, '')

export class ErrorTally {
  readonly kinds = new Map<string, number>()
  readonly examples = new Map<string, string[]>()

  private count(kind: string, example: string): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1)
    const list = this.examples.get(kind) ?? []
    if (list.length < 5) list.push(example)
    this.examples.set(kind, list)
  }

  add(tokens: readonly string[], gold: readonly string[], predicted: readonly string[]): void {
    const g = bioSpans(gold)
    const p = bioSpans(predicted)
    const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end
    const text = (s: Span): string => tokens.slice(s.start, s.end).join(' ')
    for (const ps of p) {
      if (g.some((gs) => same(gs, ps) && gs.type === ps.type)) continue
      const exact = g.find((gs) => same(gs, ps))
      if (exact) {
        this.count(`class confusion ${exact.type} → ${ps.type}`, text(ps))
        continue
      }
      const overlap = g.find((gs) => overlaps(gs, ps))
      if (overlap) {
        this.count(coarse(overlap.type) === coarse(ps.type) ? 'boundary error (same class)' : 'boundary and class error', `${text(overlap)} [${overlap.type}] / ${text(ps)} [${ps.type}]`)
        continue
      }
      const initial = ps.start === 0 && tokens[0] !== undefined && /^\p{Lu}/u.test(tokens[0])
      this.count(initial ? 'false positive on the sentence-initial word' : `false positive ${coarse(ps.type)}`, `${text(ps)} [${ps.type}]`)
    }
    for (const gs of g) {
      if (p.some((ps) => same(gs, ps))) continue
      if (p.some((ps) => overlaps(gs, ps))) continue // counted with the overlapping prediction
      this.count(`missed ${gs.type}`, text(gs))
    }
  }

  top(n: number): Array<[string, number]> {
    return [...this.kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n)
  }
}
