import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vite config for the web app. `npm run build` writes `apps/web/dist`, which the API serves
 * (index.html for every non-/api path). In development `/api` is proxied to the API on :3000.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and images are bundled; nothing is fetched from the internet at run time.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    // packages/shared lives outside the web root.
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
