import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { documento, type Documento } from '../schemas/documento.ts';
import { ente, gobierno, programa, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import type { Registro } from '../lib/indice.ts';
import { leerArchivo } from './leer-archivo.ts';
import { leerTexto } from './leer-texto-fs.ts';

function leer<S extends z.ZodType>(carpeta: string, extension: string, esquema: S): (Registro<z.output<S>> & { archivo: string })[] {
  if (!existsSync(carpeta)) return [];
  const salida: (Registro<z.output<S>> & { archivo: string })[] = [];
  for (const nombre of readdirSync(carpeta).sort()) {
    if (!nombre.endsWith(extension) || nombre.startsWith('.') || nombre.startsWith('_')) continue;
    const archivo = relative(process.cwd(), join(carpeta, nombre));
    const texto = leerTexto(join(carpeta, nombre), archivo);
    if (!texto.ok) continue;
    const r = leerArchivo(archivo, texto.texto, esquema);
    if (r.ok) salida.push({ id: nombre.slice(0, -extension.length), datos: r.valor.datos, archivo });
  }
  return salida;
}

type ConArchivo<T> = Registro<T> & { archivo: string };

export interface CatalogoLeido {
  convenios: ConArchivo<Documento>[];
  entes: ConArchivo<Ente>[];
  gobiernos: ConArchivo<Gobierno>[];
  programas: ConArchivo<Programa>[];
}

/**
 * The catalogue as the authoring tools need it: every file that reads well, skipping the ones
 * with errors (the validator reports those), so one broken file does not stop an import.
 */
export function leerCatalogo(carpeta: string): CatalogoLeido {
  return {
    convenios: leer(join(carpeta, 'convenios'), '.md', documento),
    entes: leer(join(carpeta, 'entes'), '.yaml', ente),
    gobiernos: leer(join(carpeta, 'gobiernos'), '.yaml', gobierno),
    programas: leer(join(carpeta, 'programas'), '.yaml', programa),
  };
}
