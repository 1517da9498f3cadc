/* The shape of this file is Payload's generated admin page; keep it in step with Payload upgrades. */
import type { Metadata } from 'next'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'

import { refuseCreateWithoutRight } from '../../../../admin/refuseCreateWithoutRight.js'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{
    segments: string[]
  }>
  searchParams: Promise<{
    [key: string]: string | string[]
  }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

const Page = async ({ params, searchParams }: Args) => {
  await refuseCreateWithoutRight(config, (await params).segments)
  return RootPage({ config, importMap, params, searchParams })
}

export default Page
