import { instanteDeLaConstruccion } from '../configuracion.ts';
import type { Publicacion } from '../lib/datos/publicacion.ts';
import { rutas } from './rutas-astro.ts';

let publicacion: Publicacion | undefined;

/** Where the site is published and when it was built, the same for every download of one build. */
export function obtenerPublicacion(): Publicacion {
  publicacion ??= {
    rutas,
    sitio: new URL(import.meta.env.SITE ?? 'https://conveniosabiertos.mx').origin,
    construido: instanteDeLaConstruccion(),
  };
  return publicacion;
}
