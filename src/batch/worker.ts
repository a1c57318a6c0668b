// A batch worker thread (built as dist/batch-worker.js): one engine, made with the pool's options and preloaded at once,
// runs the jobs it is sent in the order they come.
import { parentPort, workerData } from 'node:worker_threads'
import { createEngine } from '../index.js'
import { tryJob, type JobMessage, type ReplyMessage, type WorkerInit } from './jobs.js'

const { engine: options, json } = workerData as WorkerInit
const engine = createEngine(options)
const port = parentPort!
// Jobs that come while the data loads wait for it, in order: their callbacks on `ready` run first come, first served.
const ready = engine.preload().then(() => port.postMessage({ ready: true }))

port.on('message', (message: JobMessage) => {
  void ready.then(() => port.postMessage({ seq: message.seq, ...tryJob(engine, message.job, json) } satisfies ReplyMessage))
})
