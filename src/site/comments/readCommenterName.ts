import { siteApi } from '../siteApi.js'

/** The signed-in reader's display name, which their comments go under; undefined for a guest. */
export const readCommenterName = async (): Promise<string | undefined> => {
  const api = await siteApi()
  const { data } = await api.GET('/api/readers/me')
  return data?.user?.displayName ?? undefined
}
