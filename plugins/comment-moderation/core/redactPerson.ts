const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` with every mention of a person (their names and email addresses, any case) replaced by
 * "[deleted]": what others wrote about someone who was erased keeps its sense without naming them.
 * A name matches as whole words only, so erasing "Ann" leaves "Annual" alone.
 */
export const redactPerson = (text: string, mentions: readonly string[]): string =>
  mentions
    .map((mention) => mention.trim())
    .filter((mention) => mention.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce(
      (redacted, mention) =>
        redacted.replace(
          new RegExp(`(?<![\\p{L}\\p{N}])${escape(mention)}(?![\\p{L}\\p{N}])`, 'giu'),
          '[deleted]',
        ),
      text,
    )
