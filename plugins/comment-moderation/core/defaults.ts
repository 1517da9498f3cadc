import type { Thresholds } from './types.js'

/** The thresholds `decide` uses when the options leave them out. */
export const defaults: Readonly<Thresholds> = Object.freeze({
  /** Characters (code points, after trimming) below which a comment is refused: "ok" is the shortest useful reply. */
  minLength: 2,
  /** Characters above which a comment is refused: longer texts are articles, not comments, and cost moderators time. */
  maxLength: 5000,
  /** Seconds a guest waits between comments: guests are anonymous, so flooding is cheap for them. */
  guestIntervalSeconds: 15,
  /** Seconds a signed-in reader waits between comments: enough to stop double submits and scripts, not conversation. */
  readerIntervalSeconds: 3,
  /** Hours within which the same text from the same author counts as a duplicate (double posts, copy-paste spam). */
  duplicateWindowHours: 6,
  /** Links in a reader's comment from which it is held: one link is a citation, several are usually promotion. */
  readerLinksToHold: 2,
  /** Links in a guest's comment from which it is held: link spam comes overwhelmingly from guests. */
  guestLinksToHold: 1,
  /** Approved comments a commenter needs before their comments publish without review. */
  minApprovedComments: 2,
  /** Share of recent decided comments rejected or spam (0–1) from which a commenter's comments are held. */
  lowTrustRatio: 0.3,
  /** Days over which the caller counts recent decisions for `lowTrustRatio`; `decide` only reads the counts. */
  trustWindowDays: 7,
  /** Toxicity score (0–1) from which a comment is held: below it, robust disagreement scores high too often. */
  toxicityThreshold: 0.8,
  /** When on, every comment that passes the other steps still waits for a moderator. */
  preModeration: false,
})
