// One client of `npm run bench -- related --pg … --threads`: a store of its own on its own thread, as a service
// instance would have, answering the ids it is given one after another; posts back the time of each (ms).
import { parentPort, workerData } from 'node:worker_threads'
import { createRelatedStore } from '../../src/postgres/index.js'

const { url, table, ids, warmup } = workerData as { url: string; table: string; ids: number[]; warmup: number }
const store = createRelatedStore({ connectionString: url, table })
for (const i of ids.slice(0, warmup)) await store.related(`d${i}`, { limit: 10 })
parentPort!.postMessage('ready')
await new Promise((resolve) => parentPort!.once('message', resolve))
const times: number[] = []
for (const i of ids.slice(warmup)) {
  const t0 = performance.now()
  await store.related(`d${i}`, { limit: 10 })
  times.push(performance.now() - t0)
}
await store.close()
parentPort!.postMessage(times)
