/**
 * Kindred's mark: two overlapping rounded shapes, two people leaning together, with the overlap
 * filled. Decorative wherever a text name sits beside it, hence the empty title handling below.
 */
export const KindredMark = ({ size = 32, title }: { size?: number; title?: string }) => (
  <svg
    aria-hidden={title ? undefined : true}
    fill="none"
    height={size}
    role={title ? 'img' : undefined}
    viewBox="0 0 32 32"
    width={size}
    xmlns="http://www.w3.org/2000/svg"
  >
    {title ? <title>{title}</title> : null}
    <circle cx="12" cy="16" r="9" stroke="#b4532a" strokeWidth="2.5" />
    <circle cx="20" cy="16" r="9" stroke="#2f6f6a" strokeWidth="2.5" />
    <path d="M16 8.6a9 9 0 0 1 0 14.8a9 9 0 0 1 0-14.8z" fill="#b4532a" fillOpacity="0.55" />
  </svg>
)
