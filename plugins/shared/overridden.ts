import { InvalidConfiguration } from 'payload'

/**
 * A collection or global a plugin adds, after the host's `…Overrides` option for it (as form-builder's
 * `formOverrides`: given the plugin's definition, it returns the one to use). A changed slug is refused when
 * the config is built: the plugin's operations, access rules and relationships address what it adds by slug.
 */
export const overridden = <Added extends { slug: string }>(
  where: { kind: 'collection' | 'global'; option: string; plugin: string },
  override: (defaults: Added) => Added,
  defaults: Added,
): Added => {
  const changed = override(defaults)
  if (changed?.slug !== defaults.slug)
    throw new InvalidConfiguration(
      `${where.plugin}: ${where.option} must return the ${where.kind} with its slug "${defaults.slug}", ` +
        `not ${JSON.stringify(changed?.slug)}.`,
    )
  return changed
}
