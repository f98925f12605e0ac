# Stepwise as a container: multi-stage, standalone Next.js output, runs as a non-root user.
# Provided for users; CI on this project's machines does not build it (no registry access).
#   docker build -t stepwise .
#   docker run -p 3000:3000 -e DATABASE_URL=... -e AUTH_SECRET=... -e APP_URL=... stepwise
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
# npm install, not npm ci: the lockfile lists only the platform binaries of the machine that wrote it (see README).
RUN npm install --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run db:generate && npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: the app, not Next.js, handles SIGTERM (graceful shutdown, README).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data NEXT_MANUAL_SIG_HANDLE=true
RUN groupadd --system --gid 1001 stepwise && useradd --system --uid 1001 --gid stepwise stepwise \
  && mkdir /data && chown stepwise:stepwise /data
COPY --from=build --chown=stepwise:stepwise /app/.next/standalone ./
COPY --from=build --chown=stepwise:stepwise /app/.next/static ./.next/static
# Applied at start by the server itself (lib/db/migrate.ts reads them from ./prisma/migrations).
COPY --from=build --chown=stepwise:stepwise /app/prisma/migrations ./prisma/migrations
USER stepwise
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
