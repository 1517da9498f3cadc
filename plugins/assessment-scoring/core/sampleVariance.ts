/** Unbiased (n − 1) variance; null below two values, where spread is undefined. */
export const sampleVariance = (values: readonly number[]): number | null => {
  const n = values.length
  if (n < 2) return null
  let mean = 0
  for (const value of values) mean += value
  mean /= n
  // Two passes: subtracting the mean first avoids the cancellation of Σx² − n·mean².
  let squares = 0
  for (const value of values) squares += (value - mean) ** 2
  return squares / (n - 1)
}
