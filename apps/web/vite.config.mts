import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The questionnaire (/s/:token) is its own page, survey.html, as the API serves it in production. */
const rewriteSurvey: Connect.NextHandleFunction = (req, _res, next) => {
  if (req.url && /^\/s\/[^/?#]+\/?(\?.*)?$/.test(req.url)) req.url = '/survey.html';
  next();
};

function surveyPage(): Plugin {
  return {
    name: 'groeiwijzer-survey-page',
    configureServer: (server) => void server.middlewares.use(rewriteSurvey),
    configurePreviewServer: (server) => void server.middlewares.use(rewriteSurvey),
  };
}

export default defineConfig({
  root,
  plugins: [react(), surveyPage()],
  resolve: {
    alias: {
      '@groeiwijzer/domain': fromRoot('../../libs/domain/src/index.ts'),
      '@groeiwijzer/contracts': fromRoot('../../libs/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('../../dist/apps/web'),
    emptyOutDir: true,
    rolldownOptions: {
      // Two pages: the app, and the light questionnaire for employees (≤ 100 KB gzipped JS).
      input: { main: fromRoot('index.html'), survey: fromRoot('survey.html') },
    },
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
