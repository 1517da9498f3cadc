import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express serves /api; Next renders only the admin panel.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
