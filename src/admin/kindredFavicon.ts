/**
 * The mark as the browser tab's icon, inlined: the admin has no static file route of its own, and an
 * inline icon needs none. Same drawing as KindredMark.
 */
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" fill="none">' +
  '<circle cx="12" cy="16" r="9" stroke="#b4532a" stroke-width="2.5"/>' +
  '<circle cx="20" cy="16" r="9" stroke="#2f6f6a" stroke-width="2.5"/>' +
  '<path d="M16 8.6a9 9 0 0 1 0 14.8a9 9 0 0 1 0-14.8z" fill="#b4532a" fill-opacity="0.55"/></svg>'

export const kindredFavicon = `data:image/svg+xml,${encodeURIComponent(svg)}`
