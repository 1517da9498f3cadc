/** Mirrors a value within its item's range, so agreeing with a negatively worded item scores low. */
export const reverseKey = (value: number, min: number, max: number): number => min + max - value
