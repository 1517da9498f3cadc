import type { Where } from 'payload'

/** The comments one person wrote: by reader account, or by the email a guest gave. */
export const personWhere = (person: { email?: string; reader?: string }): Where =>
  person.reader
    ? { 'author.reader': { equals: person.reader } }
    : { 'author.email': { equals: person.email!.toLowerCase() } }
