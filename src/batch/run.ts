// A batch over planned items: in this thread for up to one worker, else on a pool of worker threads.
import { createEngine, type DocJSONOptions, type EngineOptions } from '../index.js'
import { tryJob, type Done, type Planned } from './jobs.js'
import type { ResourceLimits } from 'node:worker_threads'
import { WorkerPool } from './pool.js'
import { schedule, type Runner } from './schedule.js'

export interface BatchOptions {
  /** 0 or 1: tag in this thread; more: that many worker threads. */
  workers: number
  ordered: boolean
  engine: EngineOptions
  json: DocJSONOptions
  signal?: AbortSignal | undefined
  /** Each worker's limits; with them, even one worker runs in a thread of its own. */
  resourceLimits?: ResourceLimits | undefined
}

/** Items started and not yet handed on, per worker: enough to keep every worker busy while the output waits in order. */
const WINDOW_PER_WORKER = 8

function inThisThread(engine: EngineOptions, json: DocJSONOptions): Runner {
  const own = createEngine(engine)
  return {
    run: (job) => Promise.resolve(tryJob(own, job, json)),
    close: () => Promise.resolve(),
  }
}

/** Runs every item and hands on one outcome per item; the workers are stopped when the caller stops or is done. */
export async function* runBatch<M>(items: AsyncIterable<Planned<M>>, options: BatchOptions): AsyncGenerator<Done<M>> {
  const pooled = options.workers > 1 || (options.workers === 1 && options.resourceLimits !== undefined)
  const runner = pooled ? new WorkerPool(options.workers, { engine: options.engine, json: options.json }, options.resourceLimits) : inThisThread(options.engine, options.json)
  try {
    yield* schedule(items, runner, { window: pooled ? options.workers * WINDOW_PER_WORKER : 1, ordered: options.ordered, signal: options.signal })
  } finally {
    await runner.close()
  }
}
