import { parse } from 'graphql'

/**
 * The most tokens a GraphQL document may have. Parsing and validating cost grows with the
 * document, and a few megabytes of aliases would hold the event loop for seconds before Payload's
 * complexity limit (which runs after both) could refuse it. Real queries are a few hundred tokens.
 */
export const maxGraphQLTokens = 5000

/** GraphQL's parse, refusing a larger document with a syntax error (a 400) before building its tree. */
export const parseGraphQLDocument: typeof parse = (source, options) =>
  parse(source, { ...options, maxTokens: maxGraphQLTokens })
