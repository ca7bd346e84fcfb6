import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The portal. `vite build apps/web` writes apps/web/dist, which the API serves at `/`;
// `vite apps/web` serves it on :5173 and passes /graphql and /health to the API on :3000.
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // React, React DOM, the router and Apollo Client make the ~435 kB (133 kB gzip) start chunk; every screen is a
  // chunk of its own (App.tsx), the map with Leaflet too.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
