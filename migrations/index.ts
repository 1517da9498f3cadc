import * as migration_20261125_214333_initial from './20261125_214333_initial.js'

export const migrations = [
  {
    up: migration_20261125_214333_initial.up,
    down: migration_20261125_214333_initial.down,
    name: '20261125_214333_initial',
  },
]
