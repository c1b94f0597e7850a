import type { APIRoute } from 'astro';
import { obtenerPaquete } from '../../sitio/publicacion-astro.ts';

export const GET: APIRoute = async () => new Response((await obtenerPaquete()).texto, { headers: { 'Content-Type': 'application/json' } });
