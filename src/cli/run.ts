import { readFileSync } from 'node:fs'
import { tag } from '../tag.js'

export interface CliIO {
  stdout: (chunk: string) => void
  stderr: (chunk: string) => void
  readStdin: () => string
}

export const HELP = `schlagwort — German entity and topic tagging for news articles

Usage:
  schlagwort tag [FILE|-] [--title TITLE] [--pretty] [--text] [--sentences]
      Tag one article (FILE, or standard input for - or no FILE) and print its JSON.

Options:
  --title TITLE  a headline given apart from the text
  --pretty       indent the JSON
  --text         include the input text in the JSON
  --sentences    include sentences in the JSON
  -h, --help     show this help

Exit codes: 0 done, 2 bad usage or unreadable input.
`

class UsageError extends Error {}

interface TagArgs {
  file: string | undefined
  title: string | undefined
  pretty: boolean
  text: boolean
  sentences: boolean
}

function parseTagArgs(args: string[]): TagArgs {
  const parsed: TagArgs = { file: undefined, title: undefined, pretty: false, text: false, sentences: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--pretty') parsed.pretty = true
    else if (arg === '--text') parsed.text = true
    else if (arg === '--sentences') parsed.sentences = true
    else if (arg === '--title') {
      const value = args[++i]
      if (value === undefined) throw new UsageError('--title needs a value')
      parsed.title = value
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
    else if (parsed.file !== undefined) throw new UsageError(`one FILE only, got also ${arg}`)
    else parsed.file = arg
  }
  return parsed
}

function readInput(file: string | undefined, io: CliIO): string {
  try {
    return file === undefined || file === '-' ? io.readStdin() : readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const what = file === undefined || file === '-' ? 'standard input' : file
    if (code === 'ENOENT') throw new UsageError(`no such file: ${what}`)
    if (code === 'EISDIR') throw new UsageError(`is a directory: ${what}`)
    throw new UsageError(`cannot read ${what}: ${code ?? (error as Error).message}`)
  }
}

/** Runs the CLI and returns its exit code. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP)
      return command === undefined ? 2 : 0
    }
    if (command !== 'tag') throw new UsageError(`unknown command ${command} (try --help)`)
    const args = parseTagArgs(rest)
    const text = readInput(args.file, io)
    const doc = tag(text, args.title === undefined ? {} : { title: args.title })
    const json = doc.toJSON({ text: args.text, sentences: args.sentences })
    io.stdout(JSON.stringify(json, null, args.pretty ? 2 : undefined) + '\n')
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`schlagwort: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
