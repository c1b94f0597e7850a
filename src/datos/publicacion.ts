import { archivosCsv, type ArchivoCsv } from '../lib/datos/paquete.ts';
import { fechaDeConstruccion, type Publicacion } from '../lib/datos/publicacion.ts';
import { rutas } from '../rutas.ts';
import { obtenerIndice } from './indice.ts';

let publicacion: Publicacion | undefined;

/** Where the site is published and when it was built, the same for every download of one build. */
export function obtenerPublicacion(): Publicacion {
  publicacion ??= {
    rutas,
    sitio: new URL(import.meta.env.SITE ?? 'https://conveniosabiertos.mx').origin,
    construido: fechaDeConstruccion(process.env),
  };
  return publicacion;
}

let csv: Promise<ArchivoCsv[]> | undefined;

/** Every CSV, serialized once per build: the endpoints serve these texts and /datos/ measures them. */
export function obtenerCsv(): Promise<ArchivoCsv[]> {
  csv ??= obtenerIndice().then((indice) => archivosCsv(indice, obtenerPublicacion()));
  return csv;
}
