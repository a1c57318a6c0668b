// COPY … FROM STDIN in PostgreSQL's binary format, for rows of int4 columns: a load's postings. The server writes
// copied rows a page at a time, where INSERT … SELECT writes them one by one (about four times the work). The pg
// driver has no COPY of its own; it runs any object with submit() as a query (the hook its cursor and stream
// packages use) and hands it the connection when the server is ready for the data.
import type { PoolClient } from 'pg'

/** What this uses of the driver's connection (its typings leave out the COPY messages). */
interface CopyConnection {
  query(text: string): void
  sendCopyFromChunk(chunk: Buffer): void
  endCopyFrom(): void
}

// "PGCOPY\n\377\r\n\0", then flags and the header extension's length (both 0).
const SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0])
const CHUNK_ROWS = 32_768

/** The rows (row k: columns[0][k], columns[1][k], …) in the binary COPY format, in chunks. */
function* binaryRows(columns: readonly Int32Array[]): Generator<Buffer> {
  yield SIGNATURE
  const rows = columns[0]?.length ?? 0
  const rowBytes = 2 + 8 * columns.length
  for (let from = 0; from < rows; from += CHUNK_ROWS) {
    const to = Math.min(rows, from + CHUNK_ROWS)
    const buffer = Buffer.allocUnsafe((to - from) * rowBytes)
    let at = 0
    for (let k = from; k < to; k++) {
      buffer.writeInt16BE(columns.length, at)
      at += 2
      for (const column of columns) {
        buffer.writeInt32BE(4, at)
        buffer.writeInt32BE(column[k]!, at + 4)
        at += 8
      }
    }
    yield buffer
  }
  yield Buffer.from([0xff, 0xff])
}

/** The query object the driver runs: it sends the COPY statement, then the data when the server asks for it. */
class CopyIn {
  #settled = false
  #error: Error | undefined

  constructor(
    readonly text: string,
    readonly columns: readonly Int32Array[],
    readonly resolve: () => void,
    readonly reject: (error: Error) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text)
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of binaryRows(this.columns)) connection.sendCopyFromChunk(chunk)
    connection.endCopyFrom()
  }

  handleCommandComplete(): void {}

  handleError(error: Error): void {
    // A server error is followed by ReadyForQuery; a lost connection is not, so it settles here.
    this.#error ??= error
    this.#settle()
  }

  handleReadyForQuery(): void {
    this.#settle()
  }

  #settle(): void {
    if (this.#settled) return
    this.#settled = true
    if (this.#error === undefined) this.resolve()
    else this.reject(this.#error)
  }
}

/** Copies rows of int4 columns into `target` ("table (column, …)", quoted as needed), one row per index. */
export function copyInt4Rows(client: PoolClient, target: string, columns: readonly Int32Array[]): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyIn(`COPY ${target} FROM STDIN (FORMAT binary)`, columns, resolve, reject))
  })
}
