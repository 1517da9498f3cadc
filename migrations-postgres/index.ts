import * as migration_20261130_180645_initial from './20261130_180645_initial.js'
import * as migration_20261130_214222_deliver_email_task from './20261130_214222_deliver_email_task.js'
import * as migration_20261201_063350_share_codes from './20261201_063350_share_codes.js'

export const migrations = [
  {
    up: migration_20261130_180645_initial.up,
    down: migration_20261130_180645_initial.down,
    name: '20261130_180645_initial',
  },
  {
    up: migration_20261130_214222_deliver_email_task.up,
    down: migration_20261130_214222_deliver_email_task.down,
    name: '20261130_214222_deliver_email_task',
  },
  {
    up: migration_20261201_063350_share_codes.up,
    down: migration_20261201_063350_share_codes.down,
    name: '20261201_063350_share_codes',
  },
]
