// Title and role words (titles.txt) and the words that make a title after a hyphen (title-suffixes.txt), generated
// from corpora/curated/titles.tsv.
import { curatedRows, splitField } from './files.js'

const MINISTER_ENDINGS = ['minister', 'ministerin', 'ministerinnen']
const SENATOR_ENDINGS = ['senator', 'senatorin', 'senatoren', 'senatorinnen']

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

function withPrefixes(forms: readonly string[], flags: ReadonlySet<string>): string[] {
  const out = [...forms]
  if (flags.has('bundes')) out.push(...forms.map((f) => 'Bundes' + lowerFirst(f)))
  if (flags.has('landes')) out.push(...forms.map((f) => 'Landes' + lowerFirst(f)))
  if (flags.has('vize')) out.push(...forms.map((f) => 'Vize' + lowerFirst(f)))
  return out
}

export interface TitleLists {
  titles: string[]
  suffixes: string[]
}

export function buildTitles(): TitleLists {
  const titles: string[] = []
  const suffixes: string[] = []
  for (const { cols } of curatedRows('titles.tsv', 2)) {
    const [first, second] = cols as [string, string]
    const [directive, ...directiveFlags] = first.split(' ')
    if (directive === '@ministry' || directive === '@senator') {
      const endings = directive === '@ministry' ? MINISTER_ENDINGS : SENATOR_ENDINGS
      const flags = new Set(directiveFlags)
      for (const stem of splitField(second, ' ')) {
        const forms = withPrefixes(endings.map((ending) => stem + ending), flags)
        titles.push(...forms)
        suffixes.push(...forms)
      }
      continue
    }
    const flags = new Set(splitField(second, ' '))
    const forms = withPrefixes(splitField(first, ' '), flags)
    if (!flags.has('suffixonly')) titles.push(...forms)
    if (!flags.has('nosuffix')) suffixes.push(...forms)
  }
  return { titles, suffixes }
}
