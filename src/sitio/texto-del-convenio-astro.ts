import { getEntry, render } from 'astro:content';
import { textoDeLaConstruccion } from '../contenido/entrega.ts';

type Texto = { html: string } | { Contenido: Awaited<ReturnType<typeof render>>['Content'] };

/**
 * A convenio's text: in a production build, the HTML the loader rendered and handed over (src/content.config.ts);
 * in `astro dev`, or when the text has local images, the store's entry, rendered by Astro.
 */
export async function textoDelConvenio(id: string): Promise<Texto> {
  const html = textoDeLaConstruccion(id);
  if (html !== undefined) return { html };
  const entrada = await getEntry('convenios', id);
  if (!entrada) throw new Error(`Falta el texto del convenio ${id}`);
  return { Contenido: (await render(entrada)).Content };
}
