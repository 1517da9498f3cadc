import type { CollectionConfig, GlobalConfig, JobsConfig } from 'payload'

const closed = () => false

/** Any task, whatever its input and output (Payload's own type for `jobs.tasks`). */
type AnyTask = NonNullable<JobsConfig['tasks']>[number]

/**
 * What a disabled plugin still adds, as Payload's plugin template does: its collections, global and
 * task slugs shape the database schema (task slugs are a select on the jobs collection, a schedule
 * adds the jobs-stats global), so they stay and the migrations do not change with the flag. Nothing of
 * them runs or answers: no custom endpoint, no hook, no work in a task, and the stored data is closed
 * to every API until the plugin is enabled again, since the rules that guard it (audit logs, erasure)
 * are off too.
 */
export const dormant = {
  collection: (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    access: { create: closed, delete: closed, read: closed, readVersions: closed, update: closed },
    admin: { ...collection.admin, hidden: true },
    endpoints: [],
    hooks: {},
  }),
  global: (global: GlobalConfig): GlobalConfig => ({
    ...global,
    access: { read: closed, readVersions: closed, update: closed },
    admin: { ...global.admin, hidden: true },
    endpoints: [],
    hooks: {},
  }),
  task: (task: AnyTask): AnyTask => ({ ...task, handler: async () => ({ output: {} }) }),
}
