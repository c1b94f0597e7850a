import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import { obtenerClaveDePrograma } from '../../../sitio/claves-de-pagina-astro.ts';
import type { APIRoute } from 'astro';
import { tieneVencimientos } from '../../../lib/datos/rss-vencimientos.ts';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { avisosDeVencimiento } from '../../../sitio/publicacion-astro.ts';
import { obtenerPublicacion } from '../../../sitio/publicacion-del-sitio-astro.ts';

// Only programs with a dated commitment: a feed that can never have an item is not offered (the page says why).
export async function getStaticPaths() {
  const indice = await obtenerIndice();
  const clave = await obtenerClaveDePrograma();
  return lasQueCambiaron(
    'programas/[id]/vencimientos.xml',
    indice.programas.filter((p) => tieneVencimientos(p.convenios)).map((p) => ({ params: { id: p.id } })),
    (r) => clave(indice.porId.programas.get(r.params.id)!, obtenerPublicacion().construido.toISOString()),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const g = (await obtenerIndice()).porId.programas.get(params.id!);
  if (!g) throw new Error(`No hay programa «${params.id}»`);
  return new Response(await avisosDeVencimiento({ tipo: 'programa', g }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
