const entities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Text made safe to place in HTML, in an element or a quoted attribute: a display name is whatever a reader typed. */
export const escapeHTML = (text: string): string => text.replace(/["&'<>]/g, (char) => entities[char])
