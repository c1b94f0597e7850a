import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../datos/indice.ts';
import { obtenerCsv, obtenerPublicacion } from '../../datos/publicacion.ts';
import { paqueteDeDatos } from '../../lib/datos/paquete.ts';
import { aJson } from '../../lib/datos/registro.ts';

export const GET: APIRoute = async () =>
  new Response(aJson(paqueteDeDatos(await obtenerIndice(), obtenerPublicacion(), await obtenerCsv())), {
    headers: { 'Content-Type': 'application/json' },
  });
