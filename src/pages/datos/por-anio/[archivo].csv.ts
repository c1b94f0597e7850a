import { lasQueCambiaron } from '../../../sitio/reconstruccion-astro.ts';
import type { APIRoute } from 'astro';
import { claveDeConjunto } from '../../../lib/claves-de-pagina.ts';
import { obtenerClavesDeDocumentos } from '../../../sitio/claves-de-pagina-astro.ts';
import { obtenerPorAnio } from '../../../sitio/publicacion-astro.ts';
import { respuestaEnTrozos } from '../../../sitio/respuesta-en-trozos.ts';

// /datos/por-anio/{tabla}-{año}.csv: the rows of one year's documents of each table that grows with them.
export async function getStaticPaths() {
  const [porAnio, claves] = await Promise.all([obtenerPorAnio(), obtenerClavesDeDocumentos()]);
  return lasQueCambiaron(
    'datos/por-anio/[archivo].csv',
    porAnio.flatMap((d) =>
      d.csv.map((p) => ({
        params: { archivo: p.archivo.replace(/\.csv$/, '') },
        clave: claveDeConjunto(claves, d.parte.documentos, p.archivo),
      })),
    ),
    (r) => r.clave ?? '',
  );
}

export const GET: APIRoute = async ({ params }) => {
  const parte = (await obtenerPorAnio()).flatMap((d) => d.csv).find((p) => p.archivo === `${params.archivo}.csv`);
  if (!parte) throw new Error(`No hay archivo por año «${params.archivo}.csv»`);
  return respuestaEnTrozos(parte, 'text/csv; charset=utf-8');
};
