import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Contenido, Entrada } from '../../src/contenido/cargar-fs.ts';
import type { Convenio } from '../../src/schemas/convenio.ts';
import type { Documento } from '../../src/schemas/documento.ts';
import type { SeguimientoFederal } from '../../src/schemas/seguimiento-federal.ts';

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

/** Every file under `raiz`, as paths relative to it, sorted. */
export function archivosDe(raiz: string): string[] {
  return readdirSync(raiz, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(raiz.length + 1))
    .sort();
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

/** The two kinds of document in content/convenios/, for checks that only make sense for one of them. */
export function conveniosFirmados(c: Contenido): Entrada<Convenio>[] {
  return c.convenios.filter((e): e is Entrada<Convenio> => e.datos.tipo !== 'seguimiento_federal');
}
export function seguimientosFederales(c: Contenido): Entrada<SeguimientoFederal>[] {
  return c.convenios.filter((e): e is Entrada<SeguimientoFederal> => e.datos.tipo === 'seguimiento_federal');
}

/** What the site derives from any document, computed here from the content independently of src/lib/indice.ts. */
export function enteEvaluadoDe(d: Documento): string {
  return d.tipo === 'seguimiento_federal' ? d.ente : d.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
}
export function anioDe(d: Documento): number | undefined {
  return d.tipo === 'seguimiento_federal' ? d.anio_evaluacion : d.pae;
}
/** The signing day, or a federal document's latest report. */
export function fechaDe(d: Documento): string | undefined {
  if (d.tipo !== 'seguimiento_federal') return d.firma.fecha;
  return d.compromisos
    .flatMap((k) => k.seguimiento.map((r) => r.fecha))
    .sort()
    .at(-1);
}
