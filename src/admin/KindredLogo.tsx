import { KindredMark } from './KindredMark.js'

/** The sign-in and first-run screens' logo: the mark with Kindred's name. */
export const KindredLogo = () => (
  <span className="kindred-logo">
    <KindredMark size={44} />
    <span className="kindred-logo__name">Kindred</span>
  </span>
)
