// ASCII and precomposed Latin letters, less the soft hyphen: text made only of these is already NFC and
// has no invisible characters or surrogate pairs, so its length is its trimmed string length.
const plainLatin = /^[\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff]*$/
const invisible = /\p{Cf}/gu

/**
 * The length the bounds apply to: characters (code points, so an emoji counts once) after composing
 * accents (NFC), dropping invisible format characters and trimming, so that neither "e" plus a
 * combining accent nor a run of zero-width spaces can pad a comment past the minimum.
 */
export const commentLength = (body: string): number => {
  if (plainLatin.test(body)) return body.trim().length
  const text = body.normalize('NFC').replace(invisible, '').trim()
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    // The second half of a surrogate pair belongs to the character already counted.
    if (unit < 0xdc00 || unit > 0xdfff) length += 1
  }
  return length
}
