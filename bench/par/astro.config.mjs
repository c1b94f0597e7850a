// @ts-check
import { defineConfig } from 'astro/config';

// The bare peer of the benchmark (README.md): Astro's defaults, the same output format as the portal.
export default defineConfig({
  outDir: process.env.SALIDA_DIR ?? './dist',
  cacheDir: process.env.SALIDA_DIR ? `${process.env.SALIDA_DIR}.cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
