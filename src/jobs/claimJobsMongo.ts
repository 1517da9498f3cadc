type JobsModel = {
  findOneAndUpdate: (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => Promise<unknown>
}

/**
 * MongoDB's claim (documented as untested here: no mongod where we build):
 * one `findOneAndUpdate` per job, whose filter holds the same conditions as the
 * SQL claim, so a document goes to the one runner whose update matched it.
 */
export const claimJobsMongo = async (
  model: JobsModel,
  ids: (number | string)[],
  staleBefore: string,
  now: string,
): Promise<(number | string)[]> => {
  const claimed: (number | string)[] = []
  for (const id of ids) {
    const filter = {
      _id: id,
      $and: [
        { $or: [{ completedAt: null }, { completedAt: { $exists: false } }] },
        { hasError: { $ne: true } },
        { $or: [{ waitUntil: null }, { waitUntil: { $lt: new Date(now) } }] },
        { $or: [{ processing: false }, { processing: true, updatedAt: { $lt: new Date(staleBefore) } }] },
      ],
    }
    const updated = await model.findOneAndUpdate(
      filter,
      { $set: { processing: true, updatedAt: new Date(now) } },
      { projection: { _id: 1 } },
    )
    if (updated) claimed.push(id)
  }
  return claimed
}
