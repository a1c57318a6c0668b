// The progress line of a long JSONL run on standard error: records done, rate, and (for a file, whose size is known)
// share read and time left. On a terminal it is rewritten in place; elsewhere (--progress into a log) a line each time.
import type { CliIO } from './io.js'

/** Least milliseconds between two progress lines. */
const EVERY_MS = 1000

function clock(seconds: number): string {
  const s = Math.round(seconds)
  const pad = (n: number) => String(n).padStart(2, '0')
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`
}

export class Progress {
  readonly #io: CliIO
  readonly #size: number | undefined
  readonly #start = performance.now()
  #shown = this.#start
  readonly #verb: string

  /** `verb`: what was done to the records (`tagged 12 articles`, `indexed 12 articles`). */
  constructor(io: CliIO, size: number | undefined, verb = 'tagged') {
    this.#io = io
    this.#size = size
    this.#verb = verb
  }

  #line(tagged: number, failed: number, read: number, final: boolean): string {
    const seconds = (performance.now() - this.#start) / 1000
    const parts = [`${this.#verb} ${tagged} articles`, `${failed} failed`, `${(seconds > 0 ? (tagged + failed) / seconds : 0).toFixed(1)}/s`]
    if (final) parts.push(`${clock(seconds)} in all`)
    else if (this.#size !== undefined && this.#size > 0 && read > 0) {
      parts.push(`${Math.floor((100 * read) / this.#size)}%`, `ETA ${clock((seconds * (this.#size - read)) / read)}`)
    }
    return parts.join(', ')
  }

  /** Shows the counts if the last line is old enough; `read`: bytes of input read so far. */
  async update(tagged: number, failed: number, read: number): Promise<void> {
    const now = performance.now()
    if (now - this.#shown < EVERY_MS) return
    this.#shown = now
    const line = this.#line(tagged, failed, read, false)
    await this.#io.stderr(this.#io.stderrIsTTY ? `\r${line}\x1b[K` : `${line}\n`)
  }

  async finish(tagged: number, failed: number): Promise<void> {
    const line = this.#line(tagged, failed, 0, true)
    await this.#io.stderr(this.#io.stderrIsTTY ? `\r${line}\x1b[K\n` : `${line}\n`)
  }
}
