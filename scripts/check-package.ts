// npm run check:package [-- --json]   (after npm run build)
// What `npm i schlagwort` downloads: packed and unpacked size, and the bundled data in it once, as dist/corpora.cjs
// (every other file is code, types or documentation, none larger than MAX_CODE_FILE). Exit 1 when the packed size is
// over MAX_PACKED or the data is not there exactly once.
import { execFileSync } from 'node:child_process'
import { parseArgs } from './lib/args.js'

const MAX_PACKED = 4.5e6
const MAX_CODE_FILE = 1e6
const DATA_FILE = 'dist/corpora.cjs'

interface Packed {
  size: number
  unpackedSize: number
  files: Array<{ path: string; size: number }>
}

const args = parseArgs(process.argv.slice(2))
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as Packed[]
const { size, unpackedSize, files } = packed!
const data = files.filter((file) => file.path === DATA_FILE)
const large = files.filter((file) => file.path !== DATA_FILE && file.size > MAX_CODE_FILE)
const mb = (bytes: number) => (bytes / 1e6).toFixed(2)
console.log(`packed ${mb(size)} MB (at most ${mb(MAX_PACKED)}), unpacked ${mb(unpackedSize)} MB, ${files.length} files`)
for (const file of [...files].sort((a, b) => b.size - a.size).slice(0, 5)) console.log(`  ${mb(file.size).padStart(6)} MB  ${file.path}`)
const problems = [
  ...(size > MAX_PACKED ? [`packed size ${mb(size)} MB is over ${mb(MAX_PACKED)} MB`] : []),
  ...(data.length !== 1 ? [`${DATA_FILE} is missing (run npm run build)`] : []),
  ...large.map((file) => `${file.path} (${mb(file.size)} MB) looks like data outside ${DATA_FILE}`),
]
for (const problem of problems) console.log(`problem: ${problem}`)
console.log(problems.length === 0 ? 'ok' : `${problems.length} problems`)
if (args.json) console.log(JSON.stringify({ task: 'package', packed_mb: Number(mb(size)), unpacked_mb: Number(mb(unpackedSize)), files: files.length, ok: problems.length === 0 }))
if (problems.length > 0) process.exitCode = 1
