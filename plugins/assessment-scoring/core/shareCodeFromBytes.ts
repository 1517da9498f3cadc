/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Characters in a share code: 12 of 5 bits each, 60 bits of randomness. */
export const shareCodeLength = 12

/** Groups of four, as the code is printed and read out: `K7QM-4XPD-9TRA`. */
export const groupShareCode = (plain: string): string => plain.match(/.{1,4}/g)?.join('-') ?? plain

/**
 * A share code from at least 8 random bytes: their first 60 bits in Crockford base32, grouped. The bytes
 * come from the caller (a CSPRNG in production), so this stays pure and testable.
 */
export const shareCodeFromBytes = (bytes: Uint8Array): string => {
  if (bytes.length < 8) throw new RangeError('A share code needs at least 8 random bytes.')
  let bits = 0n
  for (const byte of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte)
  let plain = ''
  for (let index = 0; index < shareCodeLength; index += 1) {
    const shift = BigInt(64 - 5 * (index + 1))
    plain += crockfordAlphabet[Number((bits >> shift) & 31n)]
  }
  return groupShareCode(plain)
}
