import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import { obtenerClaveDeEnte } from '../../../sitio/claves-de-pagina-astro.ts';
import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../../sitio/indice-astro.ts';
import { insigniaSvg } from '../../../lib/datos/insignia.ts';

export async function getStaticPaths() {
  const indice = await obtenerIndice();
  const clave = await obtenerClaveDeEnte();
  return lasQueCambiaron(
    'entes/[id]/insignia.svg',
    indice.entes.map((e) => ({ params: { id: e.id } })),
    (r) => clave(indice.porId.entes.get(r.params.id)!),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const indice = await obtenerIndice();
  const e = indice.porId.entes.get(params.id!);
  if (!e) throw new Error(`No hay ente «${params.id}»`);
  return new Response(insigniaSvg(e.conteos, indice.publicacionFederal), { headers: { 'Content-Type': 'image/svg+xml' } });
};
