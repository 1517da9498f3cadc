import { execFileSync } from 'node:child_process'

/** Linux's clock ticks per second (`getconf CLK_TCK`, 100 nearly everywhere): the unit of /proc's CPU times. */
export const clockTicks: number =
  Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
