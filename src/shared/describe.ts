/** What a bad argument is, for TypeError messages: `got null`, `got an array`, `got number`. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
