# Pasar image: one image, two processes (api and worker), chosen by the command.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# Every Node process of the image (api, worker, cli) runs with these (libs/shared/src/config/node-flags.ts).
ENV NODE_ENV=production NODE_OPTIONS=--max-semi-space-size=64
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Owned by `node` so a volume mounted here (shared uploads across replicas) is writable.
RUN mkdir -p uploads && chown node:node uploads
USER node
EXPOSE 3000 50051
CMD ["node", "dist/apps/api/src/main.js"]
