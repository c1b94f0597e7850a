import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../sitio/indice-astro.ts';
import { obtenerPublicacion } from '../../sitio/publicacion-astro.ts';
import { aJson, registroDe } from '../../lib/datos/registro.ts';

// /convenios/{id}.json sits beside the page /convenios/{id}/: the whole record, with its follow-up history.
export async function getStaticPaths() {
  const indice = await obtenerIndice();
  return indice.convenios.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const indice = await obtenerIndice();
  const c = indice.porId.convenios.get(params.id!);
  if (!c) throw new Error(`No hay convenio «${params.id}»`);
  return new Response(aJson(registroDe(c, indice, obtenerPublicacion())), { headers: { 'Content-Type': 'application/json' } });
};
