import os from 'node:os'

/** The first line of every report: numbers mean little without the machine they came from. */
export const machineLine = (suffix = ''): string =>
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${suffix}`
