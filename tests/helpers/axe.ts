import type { Page } from 'playwright-core'

import path from 'node:path'

import { payloadAxeFindings } from './payloadAxeFindings.js'

type Finding = { impact?: null | string; payloads: boolean; rule: string; help: string; target: string }

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations, each as
 * "rule: help (selectors)" so a failure names what to fix. An element that payloadAxeFindings places in
 * Payload's own markup, for that rule, is left out; everything else counts.
 */
export const seriousAxeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
  const findings: Finding[] = await page.evaluate(async (known) => {
    type Node = { target: string[] }
    type Violation = { help: string; id: string; impact?: null | string; nodes: Node[] }
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }
    ).axe
    const { violations } = await axe.run(document)
    return violations.flatMap((violation) =>
      violation.nodes.map((node) => {
        const element = node.target.length === 1 ? document.querySelector(node.target[0]) : null
        return {
          help: violation.help,
          impact: violation.impact,
          payloads: known.some((entry) => entry.rule === violation.id && element?.closest(entry.within)),
          rule: violation.id,
          target: node.target.join(' '),
        }
      }),
    )
  }, payloadAxeFindings)
  const ours = findings.filter(
    (finding) => (finding.impact === 'serious' || finding.impact === 'critical') && !finding.payloads,
  )
  const byRule = new Map<string, Finding[]>()
  for (const finding of ours) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding])
  return [...byRule.values()].map(
    (group) =>
      `${group[0].rule} (${group[0].impact}): ${group[0].help} — ${group
        .slice(0, 5)
        .map((finding) => finding.target)
        .join(', ')}`,
  )
}
