/**
 * Serious axe findings in markup that Payload 3.90.2's admin renders itself (react-select, Lexical's toolbar,
 * the date picker, list checkboxes, document tabs), not in Kindred's components. Each entry is a rule and the
 * selector of Payload's element it fires on. Fixing them means replacing Payload's components, so they are
 * listed here and in docs/accessibility.md, to be checked again at every Payload upgrade; any other finding, in
 * Kindred's components or anywhere else, fails the journeys.
 */
export const payloadAxeFindings: { rule: string; selector: RegExp }[] = [
  // react-select (relationship and select fields, list filters, the columns picker)
  { rule: 'aria-hidden-focus', selector: /\.rs__/ },
  { rule: 'label', selector: /\.rs__|react-select/ },
  { rule: 'label-title-only', selector: /\.rs__|react-select/ },
  { rule: 'nested-interactive', selector: /\.rs__multi-value/ },
  // Lexical: the editable area has no accessible name; the toolbar's icon buttons have no text
  { rule: 'aria-input-field-name', selector: /ContentEditable__root/ },
  { rule: 'button-name', selector: /toolbar-popup__button|fixed-toolbar/ },
  // The date picker's input
  { rule: 'label', selector: /react-datepicker|date-time-picker/ },
  // Document view: the "more" popup, the upload card's edit/remove buttons, the tabs, the Versions link
  { rule: 'button-name', selector: /popup-button|file-details|upload-relationship-details|btn--icon/ },
  { rule: 'list', selector: /doc-tabs__tabs/ },
  { rule: 'label-content-name-mismatch', selector: /aria-label="Versions"/ },
  // List views: the select-all and row checkboxes, the filter's add/remove buttons
  { rule: 'label', selector: /select-all|select-row|checkbox-input/ },
  { rule: 'label-title-only', selector: /select-all|select-row|checkbox-input/ },
  { rule: 'button-name', selector: /condition__actions|where-builder/ },
]
