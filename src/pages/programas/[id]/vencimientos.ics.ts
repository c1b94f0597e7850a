import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import { obtenerClaveDePrograma } from '../../../sitio/claves-de-pagina-astro.ts';
import type { APIRoute } from 'astro';
import { tieneVencimientos } from '../../../lib/datos/rss-vencimientos.ts';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { vencimientosDePrograma } from '../../../sitio/publicacion-astro.ts';
import { obtenerPublicacion } from '../../../sitio/publicacion-del-sitio-astro.ts';

// Only programs with a dated commitment: a calendar without events is not offered (the page says why).
export async function getStaticPaths() {
  const indice = await obtenerIndice();
  const clave = await obtenerClaveDePrograma();
  return lasQueCambiaron(
    'programas/[id]/vencimientos.ics',
    indice.programas.filter((p) => tieneVencimientos(p.convenios)).map((p) => ({ params: { id: p.id } })),
    (r) => clave(indice.porId.programas.get(r.params.id)!, obtenerPublicacion().construido.toISOString()),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const p = (await obtenerIndice()).porId.programas.get(params.id!);
  if (!p) throw new Error(`No hay programa «${params.id}»`);
  return new Response(await vencimientosDePrograma(p), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
