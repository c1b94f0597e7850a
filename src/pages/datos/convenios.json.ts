import type { APIRoute } from 'astro';
import { obtenerConveniosJson } from '../../sitio/publicacion-astro.ts';
import { respuestaEnTrozos } from '../../sitio/respuesta-en-trozos.ts';

export const GET: APIRoute = async () => respuestaEnTrozos(await obtenerConveniosJson(), 'application/json');
