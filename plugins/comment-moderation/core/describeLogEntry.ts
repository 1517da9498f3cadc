/** What each logged action reads as: the moderator's verbs, the pipeline's and the author's. */
const verbs: Record<string, string> = {
  approve: 'approved',
  'auto-hidden': 'hid it after readers flagged it',
  'banned-commenter': 'banned the commenter',
  changed: 'changed it',
  deleted: 'deleted it',
  'deleted-by-author': 'deleted it (the author)',
  edited: 'edited it',
  erased: 'erased the commenter’s data',
  posted: 'posted it',
  reject: 'rejected',
  restore: 'sent it back to review',
  spam: 'marked as spam',
  trash: 'moved to trash',
}

const statusWords: Record<string, string> = {
  approved: 'approved',
  pending: 'held for review',
  rejected: 'rejected',
  spam: 'marked as spam',
  trash: 'moved to trash',
}

/**
 * One audit entry as a sentence: who ("Mona Moderator", "The pipeline", "A guest") and what
 * ("approved", "marked as spam"). `status:<s>` entries are changes of state made in the admin panel.
 */
export const describeLogEntry = (entry: { action: string; actor: string; staffName?: string }): string => {
  const who = entry.staffName
    ? entry.staffName
    : entry.actor === 'rule'
      ? 'The pipeline'
      : entry.actor === 'guest'
        ? 'A guest'
        : entry.actor.startsWith('reader:')
          ? 'A reader'
          : entry.actor.startsWith('staff:')
            ? 'A member of staff'
            : 'The system'
  const status = entry.action.startsWith('status:') ? entry.action.slice('status:'.length) : undefined
  const what = status
    ? (statusWords[status] ?? `set the status to ${status}`)
    : (verbs[entry.action] ?? entry.action)
  return `${who} ${what}`
}
