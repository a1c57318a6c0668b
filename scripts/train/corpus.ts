// Readers for the labelled corpora: GermEval 2014 (tab-separated, `#` source lines, outer tag in column 3) and the
// Europarl IXA CoNLL-2002 file (token TAB tag). Both return sentences of tokens and label strings.
import { readFileSync } from 'node:fs'

export interface LabelledSentence {
  tokens: string[]
  labels: string[]
}

export function readGermEval(path: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = []
  let current: LabelledSentence = { tokens: [], labels: [] }
  const flush = (): void => {
    if (current.tokens.length > 0) sentences.push(current)
    current = { tokens: [], labels: [] }
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#\t')) {
      flush()
      continue
    }
    if (line.trim() === '') {
      flush()
      continue
    }
    const fields = line.split('\t')
    if (fields.length < 3) throw new Error(`${path}: malformed line: ${line}`)
    current.tokens.push(fields[1]!)
    current.labels.push(fields[2]!)
  }
  flush()
  return sentences
}

export function readConll02(path: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = []
  let current: LabelledSentence = { tokens: [], labels: [] }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current)
      current = { tokens: [], labels: [] }
      continue
    }
    const fields = line.split('\t')
    current.tokens.push(fields[0]!)
    current.labels.push(fields[fields.length - 1]!.trim())
  }
  if (current.tokens.length > 0) sentences.push(current)
  return sentences
}
