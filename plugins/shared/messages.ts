/** What the shared transaction helper tells a client; the plugins keep their own wording in their own maps. */
export const messages = {
  databaseBusy: 'The database is busy with other changes to the same records. Please try again in a moment.',
} as const
