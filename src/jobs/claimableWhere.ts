import type { Where } from 'payload'

const isNotProcessing = (clause: Where): boolean =>
  Object.keys(clause).length === 1 &&
  (clause.processing as { equals?: unknown } | undefined)?.equals === false

/**
 * The jobs a runner may claim: Payload's own condition (`where`, which asks for
 * `processing: false`), except that a job whose runner stopped touching it
 * before `staleBefore` counts as free again. That is the lease: a process killed
 * mid-batch leaves its jobs `processing`, and another takes them over once their
 * `updatedAt` (bumped by every step of a running job) is older than the lease.
 */
export const claimableWhere = (where: Where, staleBefore: string): Where => {
  const expired: Where = {
    or: [
      { processing: { equals: false } },
      { and: [{ processing: { equals: true } }, { updatedAt: { less_than: staleBefore } }] },
    ],
  }
  const clauses = Array.isArray(where.and) ? where.and : [where]
  const replaced = clauses.map((clause) => (isNotProcessing(clause) ? expired : clause))
  // A claim by id (Payload's runByID) names no state: it may take a free or an abandoned job only.
  return { and: replaced.some((clause) => clause === expired) ? replaced : [...replaced, expired] }
}
