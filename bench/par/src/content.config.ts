import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The same content folder as the portal, read with Astro's own loader and no schema.
const carpeta = process.env.CONTENIDO_DIR ?? '../../content';

export const collections = {
  convenios: defineCollection({ loader: glob({ pattern: '*.md', base: `${carpeta}/convenios` }) }),
  entes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${carpeta}/entes` }) }),
  programas: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${carpeta}/programas` }) }),
  gobiernos: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${carpeta}/gobiernos` }) }),
};
