// L2-regularised logistic regression by Newton's method (iteratively reweighted least squares): exact, deterministic
// and fast for a few dozen features and a few thousand rows.

export interface LogisticModel {
  weights: Float64Array
  bias: number
}

export interface LogisticData {
  /** rows × features, row-major */
  x: Float64Array
  y: Uint8Array
  /** Per-row weight (how much the row counts). */
  w: Float64Array
  features: number
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

export function predict(model: LogisticModel, x: Float64Array, at: number): number {
  let z = model.bias
  for (let f = 0; f < model.weights.length; f++) z += model.weights[f]! * x[at + f]!
  return sigmoid(z)
}

/** Solves A v = b in place (A symmetric positive definite, size n) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r
    if (pivot !== col) {
      for (let c = 0; c < n; c++) [a[col * n + c], a[pivot * n + c]] = [a[pivot * n + c]!, a[col * n + c]!]
      ;[b[col], b[pivot]] = [b[pivot]!, b[col]!]
    }
    const d = a[col * n + col]!
    for (let r = col + 1; r < n; r++) {
      const factor = a[r * n + col]! / d
      if (factor === 0) continue
      for (let c = col; c < n; c++) a[r * n + c]! -= factor * a[col * n + c]!
      b[r]! -= factor * b[col]!
    }
  }
  const v = new Float64Array(n)
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r]!
    for (let c = r + 1; c < n; c++) sum -= a[r * n + c]! * v[c]!
    v[r] = sum / a[r * n + r]!
  }
  return v
}

/** Fits weights and bias; `lambda` penalises the weights (not the bias). */
export function fitLogistic(data: LogisticData, lambda: number, iterations = 25): LogisticModel {
  const { x, y, w, features } = data
  const n = features + 1
  const rows = y.length
  let beta = new Float64Array(n)
  for (let it = 0; it < iterations; it++) {
    const hessian = new Float64Array(n * n)
    const gradient = new Float64Array(n)
    const row = new Float64Array(n)
    for (let r = 0; r < rows; r++) {
      row[0] = 1
      for (let f = 0; f < features; f++) row[f + 1] = x[r * features + f]!
      let z = 0
      for (let k = 0; k < n; k++) z += beta[k]! * row[k]!
      const p = sigmoid(z)
      const g = w[r]! * (y[r]! - p)
      const h = w[r]! * p * (1 - p)
      for (let i = 0; i < n; i++) {
        gradient[i]! += g * row[i]!
        for (let j = 0; j <= i; j++) hessian[i * n + j]! += h * row[i]! * row[j]!
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) hessian[j * n + i] = hessian[i * n + j]!
    for (let i = 1; i < n; i++) {
      gradient[i]! -= lambda * beta[i]!
      hessian[i * n + i]! += lambda
    }
    hessian[0]! += 1e-9
    const step = solve(hessian, gradient, n)
    let change = 0
    const next = new Float64Array(n)
    for (let k = 0; k < n; k++) {
      next[k] = beta[k]! + step[k]!
      change = Math.max(change, Math.abs(step[k]!))
    }
    beta = next
    if (change < 1e-8) break
  }
  return { weights: beta.slice(1), bias: beta[0]! }
}
