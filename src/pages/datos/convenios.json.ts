import type { APIRoute } from 'astro';
import { obtenerConveniosJson } from '../../sitio/publicacion-astro.ts';

export const GET: APIRoute = async () =>
  new Response((await obtenerConveniosJson()).texto, { headers: { 'Content-Type': 'application/json' } });
