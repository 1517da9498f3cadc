import * as migration_20261130_173133_initial from './20261130_173133_initial.js'

export const migrations = [
  {
    up: migration_20261130_173133_initial.up,
    down: migration_20261130_173133_initial.down,
    name: '20261130_173133_initial',
  },
]
