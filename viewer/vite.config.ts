import { defineConfig } from 'vite';

// The built viewer goes to dist/viewer, beside the compiled CLI that serves it.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: '../dist/viewer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
