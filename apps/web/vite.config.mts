import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@groeiwijzer/domain': fromRoot('../../libs/domain/src/index.ts'),
      '@groeiwijzer/contracts': fromRoot('../../libs/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('../../dist/apps/web'),
    emptyOutDir: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: true,
        // The API only accepts state-changing browser requests from its own origin.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', 'http://localhost:3000');
          });
        },
      },
    },
  },
  preview: { port: 4300 },
});
