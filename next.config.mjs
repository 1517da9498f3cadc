import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every browser gets the page's <title> and metadata in <head> with the first bytes, as crawlers do: the reader
  // site is read without JavaScript too, and Next 15's streamed metadata would arrive later, in <body>.
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  webpack: (config) => {
    // Our TypeScript imports name the emitted `.js` file, as Node's ESM resolution requires.
    config.resolve.extensionAlias = {
      ...config.resolve.extensionAlias,
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
    }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
