/**
 * The address people reach this server at, for links in emails and the start-up banner: SERVER_URL, or in
 * development (SERVER_URL unset) this process's own port on localhost.
 */
export const publicServerURL = (): string =>
  (process.env.SERVER_URL || `http://localhost:${Number(process.env.PORT || 3000)}`).replace(/\/+$/, '')
