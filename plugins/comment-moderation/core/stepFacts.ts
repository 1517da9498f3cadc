import type { StepName } from './stepOrder.js'
import type { Facts } from './types.js'

/**
 * The facts each step reads, so a caller can fetch a fact just before the first step that needs
 * it, and skip the fetch (a database query, a provider call) when an earlier step already decided.
 */
export const stepFacts: Readonly<Record<StepName, readonly (keyof Facts)[]>> = Object.freeze({
  articleClosed: [],
  banned: ['bans'],
  honeypot: [],
  length: [],
  rateLimit: ['lastCommentAt'],
  duplicate: ['recentBodies'],
  words: [],
  links: [],
  trust: ['trust'],
  providers: ['providers'],
  preModeration: [],
})
