import * as migration_20261125_214333_initial from './20261125_214333_initial.js'
import * as migration_20261126_015704_comments_assessments from './20261126_015704_comments_assessments.js'
import * as migration_20261130_173636_hardening from './20261130_173636_hardening.js'
import * as migration_20261201_063344_share_codes from './20261201_063344_share_codes.js'

export const migrations = [
  {
    up: migration_20261125_214333_initial.up,
    down: migration_20261125_214333_initial.down,
    name: '20261125_214333_initial',
  },
  {
    up: migration_20261126_015704_comments_assessments.up,
    down: migration_20261126_015704_comments_assessments.down,
    name: '20261126_015704_comments_assessments',
  },
  {
    up: migration_20261130_173636_hardening.up,
    down: migration_20261130_173636_hardening.down,
    name: '20261130_173636_hardening',
  },
  {
    up: migration_20261201_063344_share_codes.up,
    down: migration_20261201_063344_share_codes.down,
    name: '20261201_063344_share_codes',
  },
]
