/** The header the API reads a response's private token from (kept out of query strings the API might log). */
export const tokenHeaders = (token: string) => ({ 'X-Response-Token': token })
