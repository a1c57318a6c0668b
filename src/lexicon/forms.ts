// Derived forms in the knowledge base: an adjective stem with a trailing '~' stands for all its inflections.

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'] as const

/** `['russisch~', 'Russe']` → russisch, russische, russischen, russischer, russisches, russischem, Russe (no repeats). */
export function expandForms(forms: readonly string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (word: string): void => {
    if (word !== '' && !seen.has(word)) {
      seen.add(word)
      out.push(word)
    }
  }
  for (const form of forms) {
    if (form.endsWith('~')) {
      const stem = form.slice(0, -1)
      for (const ending of ENDINGS) add(stem + ending)
    } else {
      add(form)
    }
  }
  return out
}
