import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { obtenerIndice } from '../datos/indice.ts';
import { obtenerPublicacion } from '../datos/publicacion.ts';
import { opcionesRss } from '../lib/datos/rss.ts';

export const GET: APIRoute = async () => rss(opcionesRss(await obtenerIndice(), obtenerPublicacion()));
