/**
 * Cronbach's α in plain words. Thresholds are the usual rules of thumb: .70 is the minimum
 * Nunnally (Psychometric Theory, 2nd ed., 1978) asks of a scale in use, and George & Mallery
 * (SPSS for Windows Step by Step, 2003) read ≥ .8 as good and .7–.8 as acceptable.
 */
export const alphaReading = (alpha: null | number): string => {
  if (alpha === null) return 'Not enough complete answers to tell.'
  if (alpha >= 0.8) return 'Consistent: the items measure the same thing.'
  if (alpha >= 0.7) return 'Acceptable: the items mostly measure the same thing.'
  return 'The items may not measure the same thing.'
}
