/**
 * Per position, the mean of the values within `radius` on either side, the position's own value left out (0 when
 * there is none): running sums, so linear however wide the window. `value(i)` reads position i of n.
 */
export function meansAround(value: (i: number) => number, n: number, radius: number): Float64Array {
  const prefix = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + value(i)
  const means = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - radius)
    const to = Math.min(n, i + radius + 1)
    const count = to - from - 1
    means[i] = count > 0 ? (prefix[to]! - prefix[from]! - value(i)) / count : 0
  }
  return means
}
