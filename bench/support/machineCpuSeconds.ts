import fs from 'node:fs'

import { clockTicks } from './clockTicks.js'

/**
 * CPU seconds the whole machine has spent busy (user, nice, system, interrupts, steal) and in all,
 * idle included, summed over its cores, from the first line of /proc/stat. Linux only.
 */
export const machineCpuSeconds = (): { busy: number; total: number } => {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  const busy = user + nice + system + irq + softirq + steal
  return { busy: busy / clockTicks, total: (busy + idle + iowait) / clockTicks }
}
