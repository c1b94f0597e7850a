import type { APIRoute } from 'astro';
import { obtenerConveniosJson, respuestaEnTrozos } from '../../sitio/publicacion-astro.ts';

export const GET: APIRoute = async () => respuestaEnTrozos(await obtenerConveniosJson(), 'application/json');
