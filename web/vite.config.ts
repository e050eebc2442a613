import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://localhost:3000';

// Two bundles: the public portal (index.html) and the staff back office (staff/index.html).
// The server serves dist/web; nothing inline is emitted so a strict CSP holds.
export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        portal: fileURLToPath(new URL('./index.html', import.meta.url)),
        staff: fileURLToPath(new URL('./staff/index.html', import.meta.url)),
      },
      // Code both bundles share (React, i18n, Digigov CSS) gets a plain name instead of a module's.
      output: {
        chunkFileNames: 'assets/shared-[hash].js',
        assetFileNames: 'assets/styles-[hash][extname]',
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
});
