import type { ApiProblem } from './apiProblem.js'

/**
 * A refused action's problem, carried to the page it redirects to (Post/Redirect/Get keeps the reader's back
 * button and reload harmless without JavaScript). It holds messages and question ids, never answers or tokens.
 */
export const problemParam = {
  read: (value: string | string[] | undefined): ApiProblem | undefined => {
    if (typeof value !== 'string') return undefined
    try {
      const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as ApiProblem
      return typeof parsed.message === 'string'
        ? { fields: parsed.fields ?? {}, message: parsed.message }
        : undefined
    } catch {
      return undefined
    }
  },
  write: (problem: ApiProblem): string => Buffer.from(JSON.stringify(problem)).toString('base64url'),
}
