import { KindredMark } from './KindredMark.js'

/** The small mark in the admin's navigation and header, where Payload's icon would be. */
export const KindredIcon = () => <KindredMark size={28} title="Kindred" />
