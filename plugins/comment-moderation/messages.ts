/** Every message the comment endpoints send, in one place so the wording stays consistent. */
export const messages = {
  alreadyFlagged: 'You have already flagged this comment.',
  approved: 'Thank you: your comment is published.',
  authorsUseEndpoints: (commentsPath: string) =>
    `Edit or delete your comment with PATCH or DELETE ${commentsPath}/:id.`,
  articleNotFound: 'No article with that id or slug.',
  commentNotFound: 'No comment with that id.',
  editWindowOver: 'Comments can only be edited shortly after posting.',
  flagged: 'Thank you: a moderator will look at this comment.',
  guestNeedsIdentity: 'Guests must give a name and an email address.',
  notYourComment: 'Only the author may change this comment.',
  parentNotFound: 'The comment you reply to does not exist on this article.',
  replyTooDeep: 'This thread is too deep to reply further; reply to an earlier comment instead.',
  signInToModerate: 'Only moderators may do this.',
} as const
