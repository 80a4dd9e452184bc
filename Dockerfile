# Multi-stage: build with dev dependencies, run with production dependencies only, as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY queues ./queues
COPY bench ./bench
COPY config ./config
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY config ./config
# A heap budget for crier's long-running processes (a worker's main thread holds ~40 MB live). Without it V8
# sizes the heap for the whole host's memory: a young generation of 32 MB, and an old one that grows to 4× the
# live data before a full GC (a worker passes 300 MB). Under a 512 MB cap the old generation grows ~1.4×. A
# 1 MB semi-space (every thread's: the flag overrides the compose threads' own 8 MB young generation) collects
# young objects, and the Redis reply buffers they hold, far sooner: ~50 MB less for ~25% more CPU per post
# (2.8 instead of 2.2 ms, queue benchmark). glibc gives each thread (compose threads,
# libuv, V8's helpers) its own malloc arena, whose free space the others cannot reuse; two arenas hold ~15 MB
# less. bench/queue-memory.ts runs its worker with these settings.
ENV NODE_OPTIONS="--max-old-space-size=512 --max-semi-space-size=1"
ENV MALLOC_ARENA_MAX=2
USER node
ENTRYPOINT ["node", "dist/bin/crier.js"]
CMD ["worker"]
