import type { APIRoute } from 'astro';
import { obtenerCsv } from '../../sitio/publicacion-astro.ts';
import { respuestaEnTrozos } from '../../sitio/respuesta-en-trozos.ts';
import { TABLAS } from '../../lib/datos/tablas.ts';

export function getStaticPaths() {
  return TABLAS.map((t) => ({ params: { tabla: t.nombre } }));
}

export const GET: APIRoute = async ({ params }) => {
  const archivo = (await obtenerCsv()).find((a) => a.tabla.nombre === params.tabla);
  if (!archivo) throw new Error(`No hay tabla «${params.tabla}»`);
  return respuestaEnTrozos(archivo, 'text/csv; charset=utf-8');
};
