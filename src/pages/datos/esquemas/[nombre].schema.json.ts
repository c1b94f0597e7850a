import type { APIRoute } from 'astro';
import { obtenerPublicacion } from '../../../datos/publicacion.ts';
import { COLECCIONES_CON_ESQUEMA, esquemaDeContenido, type ColeccionConEsquema } from '../../../lib/datos/esquemas.ts';
import { aJson, esquemaDeDescarga } from '../../../lib/datos/registro.ts';

const DESCARGAS = ['registro-convenio', 'convenios'] as const;

export function getStaticPaths() {
  return [...Object.keys(COLECCIONES_CON_ESQUEMA), ...DESCARGAS].map((nombre) => ({ params: { nombre } }));
}

export const GET: APIRoute = ({ params }) => {
  const nombre = params.nombre!;
  const pub = obtenerPublicacion();
  const esquema = (DESCARGAS as readonly string[]).includes(nombre)
    ? esquemaDeDescarga(nombre as (typeof DESCARGAS)[number], pub)
    : esquemaDeContenido(nombre as ColeccionConEsquema, pub);
  return new Response(aJson(esquema), { headers: { 'Content-Type': 'application/schema+json' } });
};
