# syntax=docker/dockerfile:1
# Kindred as one image: `docker build -t kindred .`, then run it with PAYLOAD_SECRET and DATABASE_URI
# (see docker-compose.yml and docs/scaling.md). Node 20 is the version the suite runs on.

# ── build: every dependency, then the admin panel (.next/) and the bundled server (dist/server.mjs) ──
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The plugins are npm workspaces: npm ci links them, so their package.json files come with the lockfile.
COPY plugins/shared/package.json plugins/shared/
COPY plugins/comment-moderation/package.json plugins/comment-moderation/
COPY plugins/assessment-scoring/package.json plugins/assessment-scoring/
# Install scripts stay off, as package.json's allowScripts says: the native modules come as prebuilt
# packages, and mongodb-memory-server's script would download a mongod the image never uses.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# Not NODE_ENV=production here: under it the config demands a PAYLOAD_SECRET, which a build has no use for.
RUN npm run build

# ── deps: only the runtime dependencies (no compilers, test tools or type packages) ──
FROM node:20.20.2-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The plugins are npm workspaces: npm ci links them, so their package.json files come with the lockfile.
COPY plugins/shared/package.json plugins/shared/
COPY plugins/comment-moderation/package.json plugins/comment-moderation/
COPY plugins/assessment-scoring/package.json plugins/assessment-scoring/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ── runtime: what `npm start` needs, owned by root and run by an unprivileged user ──
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data \
    MEDIA_DIR=/app/media
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/.next ./.next
# The migrations applied at start are bundled into dist/server.mjs; Next reads its config when the admin starts.
COPY package.json next.config.mjs ./
# Only the embedded database and uploads are written: the code stays read-only for the user that runs it.
RUN mkdir -p /app/data /app/media && chown node:node /app/data /app/media
USER node
EXPOSE 3000
# /readyz answers 200 only while the database answers, so an orchestrator sees a node that cannot serve.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# As `npm start` runs it (cross-env is a build tool, not in the image); node as PID 1 gets SIGTERM itself
# and the server stops gracefully.
CMD ["node", "--conditions=production", "dist/server.mjs"]
