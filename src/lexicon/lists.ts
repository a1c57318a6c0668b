// Parsers for the word lists (corpora/lexicon/*.txt) and the frequency table (word-frequencies.tsv).

/** One entry per line, `#` lines are comments; entries are kept as written (only line ends trimmed). */
export function parseList(text: string): Set<string> {
  const entries = new Set<string>()
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    if (line === '' || line.startsWith('#')) continue
    entries.add(line)
  }
  return entries
}

/** `word<TAB>class<TAB>class…` lines; lines without a tab (the `#` header) are skipped. */
export function parseWordClasses(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const raw of text.split('\n')) {
    const fields = raw.split('\t')
    // Comment lines hold no tab (a word itself may start with #).
    if (fields.length < 2) continue
    out.set(fields[0]!, fields.slice(1).map(Number))
  }
  return out
}

/** `word<TAB>count` lines; `#` lines are comments. */
export function parseFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    if (line === '' || line.startsWith('#')) continue
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const count = Number(line.slice(tab + 1))
    if (Number.isFinite(count)) counts.set(line.slice(0, tab), count)
  }
  return counts
}
