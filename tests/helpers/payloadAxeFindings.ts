/**
 * Serious axe findings in markup that Payload 3.90.2's admin renders itself, not Kindred's components: each is
 * a rule and the Payload component (a CSS selector) the flagged element sits in. Fixing them means replacing
 * Payload's components, so they are listed here and in docs/accessibility.md, to be checked again at every
 * Payload upgrade; any other finding, in Kindred's components or anywhere else, fails the journeys.
 */
export const payloadAxeFindings: { rule: string; within: string }[] = [
  // react-select (relationship and select fields, list filters and column pickers): indicators, inputs, chips
  {
    rule: 'aria-hidden-focus',
    within: '.react-select, [class*="rs__"], .dropdown-indicator, .clear-indicator',
  },
  { rule: 'label', within: '.react-select, [class*="rs__"]' },
  { rule: 'label-title-only', within: '.react-select, [class*="rs__"]' },
  { rule: 'nested-interactive', within: '.react-select, [class*="rs__"]' },
  // Lexical: the editable area has no accessible name; the toolbar's icon buttons have no text
  { rule: 'aria-input-field-name', within: '.ContentEditable__root' },
  { rule: 'button-name', within: '.fixed-toolbar, .toolbar-popup, [class*="toolbar-popup__button"]' },
  // The date picker: its input and its clear button
  { rule: 'label', within: '.date-time-picker, .react-datepicker-wrapper' },
  { rule: 'button-name', within: '.date-time-picker' },
  // List views: select-all and row checkboxes, the filter's add/remove buttons, pagination arrows
  { rule: 'label', within: '.checkbox-input, .select-all, .select-row' },
  { rule: 'label-title-only', within: '.checkbox-input, .select-all, .select-row' },
  { rule: 'button-name', within: '.condition__actions, .where-builder, .clickable-arrow, .paginator' },
  // Document view: the "more" popup, an upload card's buttons, the tabs and their Versions link
  { rule: 'button-name', within: '.popup-button, .file-details, .upload-relationship-details' },
  { rule: 'list', within: '.doc-tabs' },
  { rule: 'label-content-name-mismatch', within: '.doc-tabs, .doc-tab' },
  // Array fields: the rows' drag handles have no name; the "Add …" row button's grey label is too faint
  { rule: 'aria-command-name', within: '.collapsible__drag' },
  { rule: 'color-contrast', within: '.array-field__add-row' },
  // A document drawer (editDepth 2): labels point to `field-<path>-2`, the inputs keep `field-<path>`
  { rule: 'label', within: '.doc-drawer .field-type.text, .doc-drawer .field-type.number' },
]
