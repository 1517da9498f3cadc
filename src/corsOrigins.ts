/** `CORS_ORIGINS`: a comma-separated list of origins allowed to call the API from a browser. */
export const corsOrigins = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
