import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** tmpfs where there is one: a file database there lives in memory and still supports transactions. */
const scratchRoot = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()

/** A new, empty folder `kindred-<name>-…` for a test's files; the caller removes it. */
export const makeScratchFolder = (name: string): string =>
  fs.mkdtempSync(path.join(scratchRoot, `kindred-${name}-`))
