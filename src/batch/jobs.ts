// What a batch passes around: a job (one text to tag), its outcome, and the messages between the pool and a worker.
// One function turns a job into its output both in-process and in a worker, so that the number of workers never
// changes a byte of the output.
import type { DocJSONOptions, Engine, EngineOptions } from '../index.js'

export interface Job {
  text: string
  title?: string
  /** Fields written before the document's own in the output object (the CLI's id and publishedAt). */
  head?: Record<string, unknown>
}

/** An input item with its caller's data: a job to run, or the reason it cannot run. */
export type Planned<M> = { meta: M; job: Job } | { meta: M; error: string }

/** The outcome of one input item: the output JSON text, or an error message. */
export type Done<M> = { meta: M; output: string } | { meta: M; error: string }

/** What a worker is made with (structured-cloned to it). */
export interface WorkerInit {
  engine: EngineOptions
  json: DocJSONOptions
}

export interface JobMessage {
  seq: number
  job: Job
}

/** A job's outcome: its output, or why it failed (one line). */
export type Outcome = { output: string } | { error: string }

export type ReplyMessage = { seq: number } & Outcome

/** The job's output: the document's JSON (after `head`'s fields when given) as one line of JSON text. */
export function runJob(engine: Engine, job: Job, json: DocJSONOptions): string {
  const doc = engine.tag(job.text, job.title === undefined ? {} : { title: job.title })
  return JSON.stringify(job.head === undefined ? doc.toJSON(json) : { ...job.head, ...doc.toJSON(json) })
}

/** runJob's outcome, a throw caught as the job's error. */
export function tryJob(engine: Engine, job: Job, json: DocJSONOptions): Outcome {
  try {
    return { output: runJob(engine, job, json) }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}

/** An error as one line: its class and message (`RangeError: Maximum call stack size exceeded`). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return `thrown: ${String(error)}`
}
