import type { APIRoute } from 'astro';
import { obtenerPorAnio, respuestaEnTrozos } from '../../../sitio/publicacion-astro.ts';

// /datos/por-anio/{tabla}-{año}.csv: the rows of one year's documents of each table that grows with them.
export async function getStaticPaths() {
  return (await obtenerPorAnio()).flatMap((d) => d.csv.map((p) => ({ params: { archivo: p.archivo.replace(/\.csv$/, '') } })));
}

export const GET: APIRoute = async ({ params }) => {
  const parte = (await obtenerPorAnio()).flatMap((d) => d.csv).find((p) => p.archivo === `${params.archivo}.csv`);
  if (!parte) throw new Error(`No hay archivo por año «${params.archivo}.csv»`);
  return respuestaEnTrozos(parte, 'text/csv; charset=utf-8');
};
