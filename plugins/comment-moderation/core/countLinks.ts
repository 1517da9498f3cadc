import { normalizeText } from './normalizeText.js'

/*
 * Top-level domains for which a bare "name.tld" counts as a link without a path. Limited to common
 * and much-spammed ones: file names ("notes.txt"), code ("Node.js") and a missing space after a full
 * stop ("agreed.It was") must not count, so TLDs that are also English words (it, is, me, to, so…)
 * are left out; those count only with a path ("bit.do/x") or a scheme or "www.".
 */
const bareDomainTlds = new Set(
  (
    'com net org info biz io co ai app dev xyz top online site shop store club live life link click ' +
    'world today space website tech pro icu fun vip win bid loan ly gg cc tv pw ws tk ml ga cf gq su ' +
    'uk de fr nl pl br au ca ch es eu jp kr cn ru ua vn se dk fi cz sk hu ro gr pt ie nz za mx ar cl tr ' +
    'ir sg hk tw'
  ).split(' '),
)

// One pass, leftmost alternative first: a scheme URL, a www. host, or a bare domain with an optional
// path. The lookbehind keeps the bare-domain branch from starting inside a word, a host or an email
// address, so "me@example.com" and the "example.com" inside "www.example.com" are not counted again.
const link =
  /https?:\/\/[^\s<>"']+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"']*|(?<![\p{L}\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24})(?![\p{L}\p{N}@_-])(\/[^\s<>"']*)?/gu

// Every link contains a dot or a colon, so only the space-separated chunks holding one are examined:
// running the full expression over every position of a long comment costs several times as much.
const candidate = /[.:]/g

/**
 * How many links a text contains, counting: `http://` and `https://` URLs; hosts starting with
 * `www.`; and bare domains ("example.com", "shop.example.co.uk/deal") when their top-level domain is
 * a common one or a path follows. Email addresses, IP addresses without a scheme and file names are
 * not counted. Matching runs on `normalizeText`, so full-width "ｅｘａｍｐｌｅ．ｃｏｍ" counts too.
 * `isNormalized` skips normalizing again when the caller already holds `normalizeText(text)`.
 */
export const countLinks = (text: string, isNormalized = false): number => {
  // Normalized text separates chunks with single spaces only.
  const normalized = isNormalized ? text : normalizeText(text)
  let count = 0
  candidate.lastIndex = 0
  for (let found = candidate.exec(normalized); found; found = candidate.exec(normalized)) {
    const start = normalized.lastIndexOf(' ', found.index) + 1
    const space = normalized.indexOf(' ', found.index)
    const end = space === -1 ? normalized.length : space
    for (const match of normalized.slice(start, end).matchAll(link)) {
      const tld = match[1]
      if (tld === undefined || match[2] !== undefined || bareDomainTlds.has(tld)) count += 1
    }
    candidate.lastIndex = end
  }
  return count
}
