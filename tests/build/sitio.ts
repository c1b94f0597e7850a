import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.SALIDA_DIR ?? 'dist';

/** Every HTML file of the built site, as site paths ("/convenios/x/"). */
export function paginas(dist = DIST): string[] {
  const salida: string[] = [];
  const recorrer = (carpeta: string) => {
    for (const nombre of readdirSync(carpeta).sort()) {
      const ruta = join(carpeta, nombre);
      if (statSync(ruta).isDirectory()) recorrer(ruta);
      else if (nombre.endsWith('.html')) salida.push(`/${relative(dist, ruta).replace(/index\.html$/, '')}`);
    }
  };
  recorrer(dist);
  return salida;
}

export function leerPagina(ruta: string, dist = DIST): HTMLElement {
  const archivo = ruta.endsWith('/') ? join(dist, ruta, 'index.html') : join(dist, ruta);
  return parse(readFileSync(archivo, 'utf8'));
}

/** Whether a site path resolves to a file of the build (a folder needs its index.html). */
export function existeEnSitio(ruta: string, dist = DIST): boolean {
  const limpia = decodeURIComponent(ruta.split('#')[0]!.split('?')[0]!);
  const archivo = join(dist, limpia);
  if (limpia.endsWith('/')) return existsSync(join(archivo, 'index.html'));
  return existsSync(archivo) && statSync(archivo).isFile();
}
