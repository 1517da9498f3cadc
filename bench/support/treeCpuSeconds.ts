import fs from 'node:fs'

import { clockTicks } from './clockTicks.js'

type ProcStat = { cpuSeconds: number; ppid: number; reapedChildrenSeconds: number }

/** utime + stime of /proc/<pid>/stat, its parent, and what its exited children spent; undefined once it is gone. */
const procStat = (pid: number): ProcStat | undefined => {
  let text: string
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const ticks = (index: number) => Number(fields[index])
  return {
    cpuSeconds: (ticks(11) + ticks(12)) / clockTicks,
    ppid: ticks(1),
    reapedChildrenSeconds: (ticks(13) + ticks(14)) / clockTicks,
  }
}

/**
 * CPU seconds (user + system) spent so far by process `root` and every live descendant — PostgreSQL's
 * postmaster and its backends, say — plus what its exited children spent. Linux only (/proc).
 */
export const treeCpuSeconds = (root: number): number => {
  const stats = new Map<number, ProcStat>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = procStat(Number(entry))
    if (stat) stats.set(Number(entry), stat)
  }
  const rootStat = stats.get(root)
  if (!rootStat) return 0
  const inTree = new Set([root])
  // Parents may have larger pids than their children (pid wrap-around): repeat until nothing joins.
  for (let grown = true; grown;) {
    grown = false
    for (const [pid, stat] of stats)
      if (!inTree.has(pid) && inTree.has(stat.ppid)) {
        inTree.add(pid)
        grown = true
      }
  }
  let seconds = rootStat.reapedChildrenSeconds
  for (const pid of inTree) seconds += stats.get(pid)!.cpuSeconds
  return seconds
}
