// Writes a distilled word list under corpora/: `# ` header lines (source, license, format), then one entry per line.
import { writeFileSync } from 'node:fs'

/** Writes the file and returns its size in bytes. */
export function writeListFile(path: string, header: readonly string[], lines: readonly string[]): number {
  const text = [...header.map((line) => `# ${line}`), ...lines].join('\n') + '\n'
  writeFileSync(path, text)
  return Buffer.byteLength(text)
}
