/** Pearson's r; null when either variable does not vary, where the correlation is undefined. */
export const pearson = (x: readonly number[], y: readonly number[]): number | null => {
  const n = x.length
  if (n < 2 || y.length !== n) return null
  let meanX = 0
  let meanY = 0
  for (let i = 0; i < n; i++) {
    meanX += x[i]
    meanY += y[i]
  }
  meanX /= n
  meanY /= n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX
    const dy = y[i] - meanY
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  // Relative threshold: a constant column can still leave rounding dust in its sum of squares.
  const scale = Math.max(1, Math.abs(meanX), Math.abs(meanY)) ** 2 * n * 1e-24
  if (sxx <= scale || syy <= scale) return null
  return sxy / Math.sqrt(sxx * syy)
}
