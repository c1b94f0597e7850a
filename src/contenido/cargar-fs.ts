import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { tipoDe } from '../lib/documentos/tipos.ts';
import { documento, type Documento } from '../schemas/documento.ts';
import { ente, gobierno, programa, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import { evaluacion, type Evaluacion } from '../schemas/evaluacion.ts';
import { ErrorDeContenido, type Problema } from './errores.ts';
import { leerArchivo, lineaDeCampo } from './leer-archivo.ts';
import { revisarReferencias } from './referencias.ts';

export interface Entrada<T> {
  id: string;
  /** Path relative to the working directory, as messages name it. */
  archivo: string;
  datos: T;
  cuerpo: string;
}

export interface Contenido {
  convenios: Entrada<Documento>[];
  entes: Entrada<Ente>[];
  gobiernos: Entrada<Gobierno>[];
  programas: Entrada<Programa>[];
  /** Federal evaluations (SHCP open data); the folder is optional. */
  evaluaciones: Entrada<Evaluacion>[];
}

const COLECCIONES = {
  convenios: { esquema: documento, extension: '.md' },
  entes: { esquema: ente, extension: '.yaml' },
  gobiernos: { esquema: gobierno, extension: '.yaml' },
  programas: { esquema: programa, extension: '.yaml' },
  evaluaciones: { esquema: evaluacion, extension: '.yaml' },
} as const;

const ID_VALIDO = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function leerColeccion<S extends z.ZodType>(
  carpeta: string,
  extension: string,
  esquema: S,
  problemas: Problema[],
): Entrada<z.output<S>>[] {
  if (!existsSync(carpeta)) {
    problemas.push({ archivo: relative(process.cwd(), carpeta), campo: '(carpeta)', mensaje: 'no existe (se esperaba una carpeta con los archivos de esta colección)' });
    return [];
  }
  const entradas: Entrada<z.output<S>>[] = [];
  // Sorted explicitly: the build must not depend on the order the file system lists files in.
  for (const nombre of readdirSync(carpeta).sort()) {
    if (nombre.startsWith('.') || nombre.startsWith('_')) continue;
    const archivo = relative(process.cwd(), join(carpeta, nombre));
    if (!nombre.endsWith(extension)) {
      problemas.push({ archivo, campo: '(nombre de archivo)', mensaje: `extensión no reconocida (se esperaba un archivo ${extension})` });
      continue;
    }
    const id = nombre.slice(0, -extension.length);
    if (!ID_VALIDO.test(id)) {
      problemas.push({ archivo, campo: '(nombre de archivo)', mensaje: `el nombre «${id}» no sirve como dirección estable (se esperaba minúsculas sin acentos, cifras y guiones)` });
      continue;
    }
    const leido = leerArchivo(archivo, readFileSync(join(carpeta, nombre), 'utf8'), esquema);
    if (leido.ok) entradas.push({ id, archivo, datos: leido.valor.datos, cuerpo: leido.valor.cuerpo });
    else problemas.push(...leido.problemas);
  }
  return entradas;
}

function revisarDocumentos(carpeta: string, convenios: Entrada<Documento>[], problemas: Problema[]): void {
  for (const c of convenios) {
    const { archivo, sha256 } = tipoDe(c.datos).fuente(c.datos);
    if (archivo === undefined) continue;
    const ruta = join(carpeta, 'documentos', archivo);
    if (!existsSync(ruta)) {
      problemas.push({ archivo: c.archivo, campo: 'documento_fuente.archivo', mensaje: `no existe ${relative(process.cwd(), ruta)} (se esperaba el documento en content/documentos/)` });
      continue;
    }
    const real = createHash('sha256').update(readFileSync(ruta)).digest('hex');
    if (real !== sha256) {
      problemas.push({ archivo: c.archivo, campo: 'documento_fuente.sha256', mensaje: `no coincide con el archivo (se esperaba ${real})` });
    }
  }
}

/**
 * Reads and checks the whole content folder: every file against its schema, every reference
 * between files, every source document against its hash. Throws ErrorDeContenido listing all
 * problems at once, so nothing is published half-valid.
 */
export function cargarContenido(carpeta: string): Contenido {
  const problemas: Problema[] = [];
  const leer = <K extends keyof typeof COLECCIONES>(k: K) =>
    leerColeccion(join(carpeta, k), COLECCIONES[k].extension, COLECCIONES[k].esquema, problemas);
  const contenido: Contenido = {
    convenios: leer('convenios') as Entrada<Documento>[],
    entes: leer('entes') as Entrada<Ente>[],
    gobiernos: leer('gobiernos') as Entrada<Gobierno>[],
    programas: leer('programas') as Entrada<Programa>[],
    evaluaciones: existsSync(join(carpeta, 'evaluaciones')) ? (leer('evaluaciones') as Entrada<Evaluacion>[]) : [],
  };
  revisarDocumentos(carpeta, contenido.convenios, problemas);
  problemas.push(...revisarReferencias(contenido));
  const programas = new Set(contenido.programas.map((p) => p.id));
  for (const e of contenido.evaluaciones) {
    const id = e.datos.programa.id;
    if (id !== undefined && !programas.has(id)) {
      problemas.push({ archivo: e.archivo, linea: lineaDeCampo(e.archivo, readFileSync(e.archivo, 'utf8'), ['programa', 'id']), campo: 'programa.id', mensaje: `«${id}» no existe (se esperaba el nombre de un archivo de content/programas/, sin extensión, o ningún id)` });
    }
  }
  if (problemas.length > 0) throw new ErrorDeContenido(problemas);
  return contenido;
}
