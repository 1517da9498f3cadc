/** A request whose failure stops the benchmark with the status and body, rather than a wrong number. */
export const fetchJSON = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return response.json()
}
