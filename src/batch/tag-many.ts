// tagMany: many articles, each tagged on its own; a failure is that article's result, never the batch's.
import { availableParallelism } from 'node:os'
import type { ResourceLimits } from 'node:worker_threads'
import { Engine, type DocJSON, type DocJSONOptions, type EngineOptions } from '../index.js'
import { describe } from '../shared/describe.js'
import type { Planned } from './jobs.js'
import { runBatch } from './run.js'

/** One article: its text, or an object with the text and, optionally, an id (handed back) and a title. */
export type BatchInput = string | { id?: string | number; text: string; title?: string }

/** One result per input, `index` its 0-based position in the input; `id` as the input gave it. */
export type BatchResult =
  | { index: number; id?: string | number; ok: true; doc: DocJSON }
  | { index: number; id?: string | number; ok: false; error: string }

export interface TagManyOptions {
  /** Worker threads; 0 or 1 tags in the calling thread (1 with resourceLimits: one worker thread). Default: the number of cores (os.availableParallelism()). */
  workers?: number
  /** Results in input order (default); false: as they finish. */
  ordered?: boolean
  /** The options of each worker's engine (structured-cloned to the workers). */
  engine?: EngineOptions
  /** What each document's JSON includes (as Doc.toJSON). */
  json?: DocJSONOptions
  /**
   * Once aborted, no further input is read; the articles already started finish and are yielded, then the batch ends.
   * The input read ahead while they ran (at most one) is dropped: results are yielded for a prefix of the inputs.
   */
  signal?: AbortSignal
  /**
   * Each worker's limits (Node's worker_threads resourceLimits, e.g. `{ maxOldGenerationSizeMb: 512 }`): a worker
   * that exceeds them dies, the article it was tagging gets the error, and a new worker takes over the rest. With
   * this option even one worker runs in a thread of its own (the limits need one); with workers: 0 it is refused.
   */
  resourceLimits?: ResourceLimits
}

const LIMIT_KEYS: readonly string[] = ['maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']

interface Meta {
  index: number
  id?: string | number
}

function fail(problem: string, value: unknown): never {
  throw new TypeError(`tagMany: ${problem}, got ${describe(value)}`)
}

function plan(input: unknown, index: number): Planned<Meta> {
  if (typeof input === 'string') return { meta: { index }, job: { text: input } }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { meta: { index }, error: `input must be a string or an object with a text, got ${describe(input)}` }
  const { id, text, title } = input as Record<string, unknown>
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return { meta: { index }, error: `id must be a string or a number, got ${describe(id)}` }
  const meta = id === undefined ? { index } : { index, id }
  if (typeof text !== 'string') return { meta, error: `text must be a string, got ${describe(text)}` }
  if (title !== undefined && typeof title !== 'string') return { meta, error: `title must be a string, got ${describe(title)}` }
  return { meta, job: title === undefined ? { text } : { text, title } }
}

async function* planAll(inputs: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<Planned<Meta>> {
  let index = 0
  for await (const input of inputs) yield plan(input, index++)
}

function checkLimits(limits: unknown, workers: number): void {
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) fail('options.resourceLimits must be an object', limits)
  for (const [key, value] of Object.entries(limits)) {
    if (!LIMIT_KEYS.includes(key)) fail(`options.resourceLimits.${key} is not a worker limit (${LIMIT_KEYS.join(', ')})`, value)
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) fail(`options.resourceLimits.${key} must be a positive number`, value)
  }
  if (workers < 1) fail('options.resourceLimits needs a worker thread to limit (options.workers >= 1)', workers)
}

interface CheckedOptions {
  workers: number
  ordered: boolean
  engine: EngineOptions
  json: DocJSONOptions
  signal: AbortSignal | undefined
  resourceLimits: ResourceLimits | undefined
}

function checkOptions(options: TagManyOptions): CheckedOptions {
  if (options === null || typeof options !== 'object') fail('options must be an object', options)
  const { workers = availableParallelism(), ordered = true, engine = {}, json = {}, signal, resourceLimits } = options
  if (!Number.isSafeInteger(workers) || workers < 0) fail('options.workers must be a non-negative integer', workers)
  if (typeof ordered !== 'boolean') fail('options.ordered must be a boolean', ordered)
  if (json === null || typeof json !== 'object') fail('options.json must be an object', json)
  if (signal !== undefined && !(signal instanceof AbortSignal)) fail('options.signal must be an AbortSignal', signal)
  if (resourceLimits !== undefined) checkLimits(resourceLimits, workers)
  // Bad engine options fail here, at the call, not in every worker.
  new Engine(engine, 'tagMany')
  if (workers > 1) structuredClone(engine)
  return { workers, ordered, engine, json, signal, resourceLimits }
}

/**
 * Tags every input and yields one result per input: its document's JSON, or the error that input met (a bad input, a
 * throw while tagging it, a worker that died on it). Only the input iterable's own errors end the batch. Leaving the
 * loop early (break, return, throw) stops the workers.
 */
export function tagMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: TagManyOptions = {}): AsyncGenerator<BatchResult, void, undefined> {
  const iterable = inputs !== null && typeof inputs === 'object' && (Symbol.iterator in inputs || Symbol.asyncIterator in inputs)
  if (!iterable) fail('inputs must be an iterable or async iterable of texts or articles (not a single string)', inputs)
  return results(inputs, checkOptions(options))
}

async function* results(inputs: Iterable<unknown> | AsyncIterable<unknown>, options: CheckedOptions): AsyncGenerator<BatchResult, void, undefined> {
  for await (const done of runBatch(planAll(inputs), options)) {
    const { meta } = done
    if ('error' in done) yield { ...meta, ok: false, error: done.error }
    else yield { ...meta, ok: true, doc: JSON.parse(done.output) as DocJSON }
  }
}
