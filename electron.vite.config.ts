import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Electron build: main process, sandboxed preload and the same renderer as browser mode. */
export default defineConfig({
  main: {
    build: { externalizeDeps: true, outDir: 'out/main', rolldownOptions: { input: { index: 'main/doors/electron/main.ts' } } },
  },
  preload: {
    // Sandboxed renderers only run CommonJS preloads.
    build: {
      externalizeDeps: true,
      outDir: 'out/preload',
      rolldownOptions: { input: { index: 'main/doors/electron/preload.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: { outDir: 'out/renderer', rolldownOptions: { input: 'renderer/index.html' } },
  },
});
