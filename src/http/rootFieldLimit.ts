import { GraphQLError, type ValidationRule } from 'graphql'

/** The most root fields (each a database query or a write) one GraphQL document may ask for. */
export const maxRootFields = 30

/**
 * Refuses a document that batches more than `maxRootFields` queries or mutations, aliases or
 * fragments included (`a1: Articles … a900: Articles …`): each runs its own database work, and
 * Payload's complexity limit counts them cheap. A 400 saying how many there were.
 */
export const rootFieldLimit: ValidationRule = (context) => {
  const schema = context.getSchema()
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean))
  let count = 0
  return {
    Document: {
      leave: () => {
        if (count > maxRootFields)
          context.reportError(
            new GraphQLError(
              `The document asks for ${count} root fields (queries or mutations, aliases included); at most ${maxRootFields} are allowed.`,
            ),
          )
      },
    },
    Field: () => {
      const parent = context.getParentType()
      if (parent && roots.has(parent as never)) count += 1
    },
  }
}
