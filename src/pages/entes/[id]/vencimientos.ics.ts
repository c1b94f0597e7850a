import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { vencimientosDeEnte } from '../../../sitio/publicacion-astro.ts';

export async function getStaticPaths() {
  const indice = await obtenerIndice();
  return indice.entes.map((e) => ({ params: { id: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const e = (await obtenerIndice()).porId.entes.get(params.id!);
  if (!e) throw new Error(`No hay ente «${params.id}»`);
  return new Response(await vencimientosDeEnte(e), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
