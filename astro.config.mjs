// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import revisionDeContenido from './src/integraciones/revision-contenido-fs.ts';
import reconstruccionParcial from './src/integraciones/reconstruccion-fs.ts';
import preparacionDelIndice from './src/integraciones/preparacion-del-indice-fs.ts';
import { enlacesSeguros, htmlComoTexto } from './src/lib/markdown-seguro.ts';

import { configuracion } from './src/configuracion.ts';

const salida = configuracion.salida;
const reconstruccion = reconstruccionParcial();
// Embeddable widgets point their canonical at the ente page: they stay out of the sitemap.
const mapaDelSitio = reconstruccion.soloSiEsCompleta(sitemap({ filter: (pagina) => !pagina.includes('/widget/') }));

// SITIO_URL and BASE_PATH let a public body host the portal under its own domain or sub-path.
export default defineConfig({
  site: configuracion.sitio,
  base: configuracion.base,
  outDir: salida ?? './dist',
  cacheDir: configuracion.cache,
  trailingSlash: 'always',
  // Four pages at a time: Astro renders on one thread, and while one page's files are written the next renders.
  // At 10,000 convenios astro build took 108 s instead of 124 s, with 77 MB more at its peak (docs/escala.md).
  build: { format: 'directory', concurrency: 4 },
  // revisionDeContenido() checks content/ first: a content error stops the build with the validator's
  // messages alone, before anything is written (src/integraciones/revision-contenido-fs.ts).
  // The search index is not an integration: npm run build indexes the finished site in a process of its own
  // (scripts/indexar-busqueda.ts), so Astro's memory and Pagefind's do not add up.
  // After a build that changed only convenio files, reconstruccion renders only the pages whose key changed.
  // preparacionDelIndice prepares each page for that index while Astro renders the next (docs/escala.md, point 16).
  integrations: [revisionDeContenido(), reconstruccion, preparacionDelIndice(), mdx(), mapaDelSitio],
  devToolbar: { enabled: false },
  // Scripts are always files of their own: under the strictest policy (script-src 'self', no hashes) every page
  // still runs, and no data travels in an inline script. Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (archivo) => (archivo.endsWith('.js') ? false : undefined) } },
  // Convenio bodies come from many offices: raw HTML shows as text, unsafe links lose their target (src/lib/markdown-seguro.ts).
  // No syntax highlighting: Shiki colours code with inline style attributes, which the CSP below refuses.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [htmlComoTexto], hastPlugins: [enlacesSeguros] }) },
  // Every page carries a Content-Security-Policy <meta>: scripts and styles only from this site or by the hash
  // Astro computes for each inline one, nothing from another origin. Headers a meta cannot set: docs/cabeceras.md.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"],
    },
  },
});
