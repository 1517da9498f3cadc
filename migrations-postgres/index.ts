import * as migration_20261130_180645_initial from './20261130_180645_initial.js'

export const migrations = [
  {
    up: migration_20261130_180645_initial.up,
    down: migration_20261130_180645_initial.down,
    name: '20261130_180645_initial',
  },
]
