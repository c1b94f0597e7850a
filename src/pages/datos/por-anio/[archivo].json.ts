import type { APIRoute } from 'astro';
import { obtenerPorAnio, respuestaEnTrozos } from '../../../sitio/publicacion-astro.ts';

// /datos/por-anio/convenios-{año}.json: convenios.json restricted to one year's documents.
export async function getStaticPaths() {
  return (await obtenerPorAnio()).map((d) => ({ params: { archivo: d.json.archivo.replace(/\.json$/, '') } }));
}

export const GET: APIRoute = async ({ params }) => {
  const anio = (await obtenerPorAnio()).find((d) => d.json.archivo === `${params.archivo}.json`);
  if (!anio) throw new Error(`No hay archivo por año «${params.archivo}.json»`);
  return respuestaEnTrozos(anio.json, 'application/json');
};
