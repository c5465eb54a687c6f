import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in src/web; the server serves the build from dist/web (see src/server/plugins/web-app.ts).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // One vendor chunk per big library keeps each file below Vite's size warning and caches well.
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client', 'react-router', 'react-router/dom'],
          mantine: ['@mantine/core', '@mantine/hooks'],
          // Only the staff home and the portal dashboard draw charts; their library is cached on its own.
          charts: ['@mantine/charts', 'recharts'],
          data: ['@tanstack/react-query', 'i18next', 'react-i18next', 'i18next-browser-languagedetector'],
        },
      },
    },
  },
  server: {
    // `npm run dev:web` next to `npm run dev`: the API stays on its own port, same-origin for the browser.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
