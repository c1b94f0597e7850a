import type { APIRoute } from 'astro';
import { obtenerRss } from '../sitio/publicacion-astro.ts';

export const GET: APIRoute = async () =>
  new Response((await obtenerRss()).texto, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
