/** What a comment or flag form shows after its action: errors by field, a message, and what was typed. */
export type CommentFormState = {
  errors: Record<string, string>
  message?: string
  values: Record<string, string>
}

export const emptyFormState: CommentFormState = { errors: {}, values: {} }
