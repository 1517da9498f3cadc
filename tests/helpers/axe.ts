import type { Page } from 'playwright-core'

import path from 'node:path'

type Violation = { help: string; id: string; impact?: null | string; nodes: { target: unknown[] }[] }

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations, each as
 * "rule: help (selectors)" so a failure names what to fix.
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
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
}
