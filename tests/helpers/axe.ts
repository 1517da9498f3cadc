import type { Page } from 'playwright-core'

import path from 'node:path'

import { payloadAxeFindings } from './payloadAxeFindings.js'

type Violation = { help: string; id: string; impact?: null | string; nodes: { target: unknown[] }[] }

const isPayloads = (rule: string, target: string): boolean =>
  payloadAxeFindings.some((known) => known.rule === rule && known.selector.test(target))

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations, each as
 * "rule: help (selectors)" so a failure names what to fix. Findings in Payload's own markup that
 * payloadAxeFindings lists are left out; everything else counts.
 */
export const seriousAxeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }
    ).axe
    return (await axe.run(document)).violations
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      targets: violation.nodes
        .map((node) => node.target.join(' '))
        .filter((target) => !isPayloads(violation.id, target)),
    }))
    .filter((violation) => violation.targets.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.slice(0, 5).join(', ')}`,
    )
}
