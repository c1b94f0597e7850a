import type { APIRoute } from 'astro';
import { obtenerConveniosJson } from '../../datos/publicacion.ts';

export const GET: APIRoute = async () => new Response((await obtenerConveniosJson()).texto, { headers: { 'Content-Type': 'application/json' } });
