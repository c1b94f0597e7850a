import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import { obtenerClaveDeEnte } from '../../../sitio/claves-de-pagina-astro.ts';
import type { APIRoute } from 'astro';
import { tieneVencimientos } from '../../../lib/datos/rss-vencimientos.ts';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { avisosDeVencimiento } from '../../../sitio/publicacion-astro.ts';
import { obtenerPublicacion } from '../../../sitio/publicacion-del-sitio-astro.ts';

// Only entes with a dated commitment: a feed that can never have an item is not offered (the page says why).
export async function getStaticPaths() {
  const indice = await obtenerIndice();
  const clave = await obtenerClaveDeEnte();
  return lasQueCambiaron(
    'entes/[id]/vencimientos.xml',
    indice.entes.filter((e) => tieneVencimientos(e.convenios)).map((e) => ({ params: { id: e.id } })),
    (r) => clave(indice.porId.entes.get(r.params.id)!, obtenerPublicacion().construido.toISOString()),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const g = (await obtenerIndice()).porId.entes.get(params.id!);
  if (!g) throw new Error(`No hay ente «${params.id}»`);
  return new Response(await avisosDeVencimiento({ tipo: 'ente', g }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
