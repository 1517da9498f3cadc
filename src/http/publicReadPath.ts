/**
 * The anonymous reads every reader sees alike: published articles, categories, media documents and an
 * article's public comment thread (with their query). The read cache keeps them for a few seconds and
 * HTTP caching lets CDNs and browsers keep them too; matched against `req.originalUrl`.
 */
export const publicReadPath =
  /^\/api\/(?:(?:articles|categories|media)(?:\/[^/?]+)?|articles\/[^/?]+\/comments)(?:\?|$)/
