import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import type { APIRoute } from 'astro';
import { claveDeConjunto } from '../../../lib/claves-de-pagina.ts';
import { obtenerClavesDeDocumentos } from '../../../sitio/claves-de-pagina-astro.ts';
import { obtenerPorAnio } from '../../../sitio/publicacion-astro.ts';
import { respuestaEnTrozos } from '../../../sitio/respuesta-en-trozos.ts';

// /datos/por-anio/convenios-{año}.json: convenios.json restricted to one year's documents.
export async function getStaticPaths() {
  const [porAnio, claves] = await Promise.all([obtenerPorAnio(), obtenerClavesDeDocumentos()]);
  return lasQueCambiaron(
    'datos/por-anio/[archivo].json',
    porAnio.map((d) => ({
      params: { archivo: d.json.archivo.replace(/\.json$/, '') },
      clave: claveDeConjunto(claves, d.parte.documentos, d.json.archivo),
    })),
    (r) => r.clave ?? '',
  );
}

export const GET: APIRoute = async ({ params }) => {
  const anio = (await obtenerPorAnio()).find((d) => d.json.archivo === `${params.archivo}.json`);
  if (!anio) throw new Error(`No hay archivo por año «${params.archivo}.json»`);
  return respuestaEnTrozos(anio.json, 'application/json');
};
