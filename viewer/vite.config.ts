import { defineConfig } from 'vite';
import { CSP_META } from '../src/serve/csp.ts';

// The built viewer goes to dist/viewer, beside the compiled CLI that serves it. The page
// carries the server's policy as a <meta> too, for when its files are opened some other way.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: '../dist/viewer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  plugins: [
    {
      name: 'content-security-policy',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
});
