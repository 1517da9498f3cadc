/**
 * The reader site's addresses for one private response. The token is the only key to a response, so it rides in
 * the address the reader keeps (as the API's own `?token=` link does); pages that carry it send no Referer
 * (privatePageMetadata) and the site logs no address.
 */
export const privateLinks = {
  couple: (couple: string, response: string, token: string) =>
    `/couples/${encodeURIComponent(couple)}?${new URLSearchParams({ response, token })}`,
  erase: (response: string, token: string) =>
    `/responses/${encodeURIComponent(response)}/erase?${new URLSearchParams({ token })}`,
  invitation: (slug: string, code: string) =>
    `/assessments/${encodeURIComponent(slug)}?${new URLSearchParams({ invitation: code })}`,
  leave: (couple: string, response: string, token: string) =>
    `/couples/${encodeURIComponent(couple)}/leave?${new URLSearchParams({ response, token })}`,
  questions: (response: string, token: string, page?: number) =>
    `/responses/${encodeURIComponent(response)}?${new URLSearchParams(
      page ? { page: String(page), token } : { token },
    )}`,
  share: (response: string, token: string, code: string) =>
    `/responses/${encodeURIComponent(response)}/share?${new URLSearchParams({ code, token })}`,
  result: (response: string, token: string) =>
    `/responses/${encodeURIComponent(response)}/result?${new URLSearchParams({ token })}`,
}
