import { lasQueCambiaron } from '../../sitio/reconstruccion-astro.ts';
import type { APIRoute } from 'astro';
import { obtenerClavesDeDocumentos } from '../../sitio/claves-de-pagina-astro.ts';
import { obtenerIndice } from '../../sitio/indice-astro.ts';
import { registroJson } from '../../sitio/publicacion-astro.ts';

// /convenios/{id}.json sits beside the page /convenios/{id}/: the whole record, with its follow-up history.
export async function getStaticPaths() {
  const [indice, claves] = await Promise.all([obtenerIndice(), obtenerClavesDeDocumentos()]);
  return lasQueCambiaron(
    'convenios/[id].json',
    indice.convenios.map((c) => ({ params: { id: c.id } })),
    (r) => claves.get(r.params.id) ?? '',
  );
}

export const GET: APIRoute = async ({ params }) => {
  const texto = await registroJson(params.id!);
  if (texto === undefined) throw new Error(`No hay convenio «${params.id}»`);
  return new Response(texto, { headers: { 'Content-Type': 'application/json' } });
};
