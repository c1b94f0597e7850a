import type { APIRoute } from 'astro';
import { obtenerVencimientos } from '../../sitio/publicacion-astro.ts';

export const GET: APIRoute = async () =>
  new Response((await obtenerVencimientos()).texto, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
