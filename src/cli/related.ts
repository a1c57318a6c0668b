// `schlagwort related --index tagged.jsonl --for ID_OR_FILE`: load tagged records (with their publication times) into a
// RelatedIndex, or read the binary index `schlagwort index` wrote, and query it.
import { open, readFile, stat } from 'node:fs/promises'
import { RelatedIndex, isSerializedIndex, isTaggable, MAGIC_BYTES } from '../related/index.js'
import { tag } from '../engine/index.js'
import type { RelatedArgs } from './args.js'
import { openInput, readInput, UsageError, type CliIO } from './io.js'
import { givenId, publishedAtProblem, readJsonLines } from './jsonl.js'

export interface TaggedRecord {
  id: string
  doc: Parameters<RelatedIndex['add']>[1]
  publishedAt?: string | number
}

/**
 * The tagged records of a JSONL file; each bad line is counted in `failed`, skipped, and reported on standard error as
 * one error record, as `tag --jsonl` reports its lines: `{"line": 7, "id": "a7", "error": "not JSON (…)"}` (`id`
 * null when the line has none).
 */
export async function* taggedRecords(file: string, io: CliIO, counts: { failed: number }): AsyncGenerator<TaggedRecord> {
  for await (const line of readJsonLines(await openInput(file, io))) {
    const record = line.value
    const given = givenId(record)
    const problem = line.error ?? (given === null ? 'id must be a string or a number' : !isTaggable(record) ? 'not a tagged record (needs entities, topics and terms arrays)' : publishedAtProblem((record as { publishedAt?: unknown }).publishedAt))
    if (problem !== undefined) {
      counts.failed++
      await io.stderr(JSON.stringify({ line: line.number, id: given, error: problem }) + '\n')
      continue
    }
    const publishedAt = (record as { publishedAt?: string | number }).publishedAt
    yield { id: String(given), doc: record as TaggedRecord['doc'], ...(publishedAt === undefined ? {} : { publishedAt }) }
  }
}

/** Builds the index from tagged JSONL; bad lines are reported and skipped. */
export async function loadIndex(file: string, io: CliIO): Promise<{ index: RelatedIndex; failed: number }> {
  const index = new RelatedIndex()
  const counts = { failed: 0 }
  for await (const { id, doc, publishedAt } of taggedRecords(file, io, counts)) index.add(id, doc, publishedAt === undefined ? undefined : { publishedAt })
  return { index, failed: counts.failed }
}

/** A binary index written by `schlagwort index` is read as it is; any other file is tagged JSONL, indexed here. */
async function openIndex(file: string, io: CliIO): Promise<{ index: RelatedIndex; failed: number }> {
  const head = new Uint8Array(MAGIC_BYTES)
  try {
    const handle = await open(file, 'r')
    await handle.read(head, 0, MAGIC_BYTES, 0).finally(() => handle.close())
  } catch {
    return loadIndex(file, io) // which reports the unreadable file
  }
  if (!isSerializedIndex(head)) return loadIndex(file, io)
  try {
    return { index: RelatedIndex.deserialize(await readFile(file)), failed: 0 }
  } catch (error) {
    throw error instanceof TypeError ? new UsageError(`${file}: ${error.message}`) : error
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** Runs the command; returns the number of bad index lines. */
export async function relatedCommand(args: RelatedArgs, io: CliIO): Promise<number> {
  if (args.pg !== undefined) return relatedFromStore(args, args.pg, io)
  if (args.index === '-') throw new UsageError('--index must be a file')
  const { index, failed } = await openIndex(args.index!, io)
  const { target, index: _file, pretty: _pretty, ...options } = args
  let hits
  if (index.has(target)) hits = index.related(target, options)
  else if (await isFile(target)) hits = index.related(tag(await readInput(target, io)), options)
  else throw new UsageError(`--for ${args.target}: neither an id in ${args.index} nor a file`)
  await io.stdout(JSON.stringify(hits, null, args.pretty ? 2 : undefined) + '\n')
  return failed
}

/** A store's failure (no server, no tables, a lost connection) as one line on standard error, exit code 2. */
export function storeFailure(error: unknown): never {
  if (error instanceof Error && !(error instanceof UsageError)) throw new UsageError(error.message)
  throw error
}

/** `related --pg URL`: the store in PostgreSQL answers (schlagwort/postgres, loaded only here). */
async function relatedFromStore(args: RelatedArgs, url: string, io: CliIO): Promise<number> {
  const { createRelatedStore } = await import('../postgres/index.js')
  const { target, pg: _url, table, pretty: _pretty, ...options } = args
  const store = createRelatedStore({ connectionString: url, ...(table === undefined ? {} : { table }) })
  try {
    let hits
    if (await store.has(target)) hits = await store.related(target, options)
    else if (await isFile(target)) hits = await store.related(tag(await readInput(target, io)), options)
    else throw new UsageError(`--for ${target}: neither an id in the store nor a file`)
    await io.stdout(JSON.stringify(hits, null, args.pretty ? 2 : undefined) + '\n')
    return 0
  } catch (error) {
    return storeFailure(error)
  } finally {
    await store.close()
  }
}
