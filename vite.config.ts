import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the renderer for browser mode (served by the loopback HTTP door). Electron builds use electron.vite.config.ts. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true },
});
