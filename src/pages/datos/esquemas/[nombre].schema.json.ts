import type { APIRoute } from 'astro';
import { ESQUEMAS, obtenerEsquema, type NombreDeEsquema } from '../../../sitio/publicacion-astro.ts';

export function getStaticPaths() {
  return ESQUEMAS.map((nombre) => ({ params: { nombre } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response((await obtenerEsquema(params.nombre as NombreDeEsquema)).texto, { headers: { 'Content-Type': 'application/schema+json' } });
