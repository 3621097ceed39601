# syntax=docker/dockerfile:1
# The app as a container: Next.js's standalone server (next.config.js, NEXT_OUTPUT=standalone).
# Every instance built from the same image is interchangeable; see README "Deploying".
#
#   docker build -t vats-pilot-check .
#   docker run -p 3000:3000 vats-pilot-check

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci

FROM node:${NODE_VERSION}-slim AS build
# The Chinese link-preview images are drawn at build time with Debian's CJK TrueType font.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-droid-fallback \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-slim AS run
WORKDIR /app
# PUBLIC_ORIGIN: the site's public address, for absolute links (QR codes, link previews);
# set it at run time, e.g. docker run -e PUBLIC_ORIGIN=https://check.example.com
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    KEEP_ALIVE_TIMEOUT=65000
# The code belongs to root and is read-only to the server; only .next (Next's own cache)
# is writable by the unprivileged `node` user the server runs as.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
RUN chown node:node .next
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
