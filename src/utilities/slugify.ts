const maxLength = 96

/**
 * A URL slug: lower case ASCII words joined by dashes. Diacritics are folded
 * ("Réunion" → "reunion") so readers can type the URL.
 */
export const slugify = (input: string): string =>
  input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
