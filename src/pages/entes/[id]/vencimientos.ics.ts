import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import { obtenerClaveDeEnte } from '../../../sitio/claves-de-pagina-astro.ts';
import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { vencimientosDeEnte } from '../../../sitio/publicacion-astro.ts';
import { obtenerPublicacion } from '../../../sitio/publicacion-del-sitio-astro.ts';

export async function getStaticPaths() {
  const indice = await obtenerIndice();
  const clave = await obtenerClaveDeEnte();
  return lasQueCambiaron(
    'entes/[id]/vencimientos.ics',
    indice.entes.map((e) => ({ params: { id: e.id } })),
    (r) => clave(indice.porId.entes.get(r.params.id)!, obtenerPublicacion().construido.toISOString()),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const e = (await obtenerIndice()).porId.entes.get(params.id!);
  if (!e) throw new Error(`No hay ente «${params.id}»`);
  return new Response(await vencimientosDeEnte(e), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
