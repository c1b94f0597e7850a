import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../datos/indice.ts';
import { obtenerPublicacion } from '../../datos/publicacion.ts';
import { aJson, conjuntoDe } from '../../lib/datos/registro.ts';

export const GET: APIRoute = async () =>
  new Response(aJson(conjuntoDe(await obtenerIndice(), obtenerPublicacion())), { headers: { 'Content-Type': 'application/json' } });
