// electron-builder `beforeBuild` hook. Resolving to false tells electron-builder that node_modules
// are "handled externally": it neither installs nor rebuilds dependencies and does not collect
// any into the app. Nothing is needed there — electron-vite bundles main and preload whole,
// Vite bundles the renderer, and the production dependencies (fastify, pg, PGlite, zod) belong
// to the sync server, which is not part of the desktop app.
export function beforeBuild() {
  return Promise.resolve(false);
}
