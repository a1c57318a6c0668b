// Span scoring, CoNLL style: a predicted span counts when start, end and class all match a gold span.

export interface Span {
  start: number
  end: number
  type: string
}

/** Spans of a BIO label sequence; an I- that does not continue a span of its class starts one (conlleval). */
export function bioSpans(labels: readonly string[]): Span[] {
  const spans: Span[] = []
  let open: Span | undefined
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!
    const prefix = label.slice(0, 2)
    const type = label.slice(2)
    if (open && (label === 'O' || prefix === 'B-' || type !== open.type)) {
      spans.push(open)
      open = undefined
    }
    if (label === 'O' || (prefix !== 'B-' && prefix !== 'I-')) continue
    if (!open) open = { start: i, end: i + 1, type }
    else open.end = i + 1
  }
  if (open) spans.push(open)
  return spans
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Prf {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, ...c }
}

/** Per-type and total counts over sentences; `keep` filters the classes compared (both sides). */
export class SpanScore {
  readonly byType = new Map<string, Counts>()
  readonly total: Counts = { tp: 0, fp: 0, fn: 0 }

  add(gold: readonly string[], predicted: readonly string[], keep: (type: string) => boolean = () => true): void {
    const g = bioSpans(gold).filter((s) => keep(s.type))
    const p = bioSpans(predicted).filter((s) => keep(s.type))
    const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`
    const goldKeys = new Set(g.map(key))
    const predKeys = new Set(p.map(key))
    for (const s of p) this.count(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp')
    for (const s of g) if (!predKeys.has(key(s))) this.count(s.type, 'fn')
  }

  private count(type: string, field: keyof Counts): void {
    let c = this.byType.get(type)
    if (!c) this.byType.set(type, (c = { tp: 0, fp: 0, fn: 0 }))
    c[field]++
    this.total[field]++
  }

  result(type?: string): Prf {
    return prf(type === undefined ? this.total : this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 })
  }
}
