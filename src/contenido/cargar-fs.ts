import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { tipoDe } from '../lib/documentos/tipos.ts';
import { documento, type Documento } from '../schemas/documento.ts';
import { ente, gobierno, programa, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import { evaluacion, type Evaluacion } from '../schemas/evaluacion.ts';
import { ErrorDeContenido, type Problema } from './errores.ts';
import { buscarDuplicados } from '../lib/duplicados.ts';
import { camposSinLeer } from '../lib/campos-sin-leer.ts';
import { esBorrador } from '../lib/importador/borrador.ts';
import { leerArchivo, lineaDeCampo, nombrarCampo } from './leer-archivo.ts';
import { leerTexto } from './leer-texto-fs.ts';
import type { Lecturas } from './lecturas-fs.ts';
import { revisarReferencias } from './referencias.ts';

export interface Entrada<T> {
  id: string;
  /** Path relative to the working directory, as messages name it. */
  archivo: string;
  datos: T;
  cuerpo: string;
  /** A convenio that still carries the importer's BORRADOR header (kept from the one read of the file). */
  borrador?: true;
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

/** Ids of the files that exist but could not be read: what refers to them is not reported again. */
export type Fallidos = Record<keyof Contenido, Set<string>>;

function leerColeccion<S extends z.ZodType>(
  carpeta: string,
  extension: string,
  esquema: S,
  problemas: Problema[],
  fallidos: Set<string>,
  lecturas?: Lecturas,
): Entrada<z.output<S>>[] {
  if (!existsSync(carpeta)) {
    problemas.push({
      archivo: relative(process.cwd(), carpeta),
      campo: '(carpeta)',
      mensaje: 'no existe (se esperaba una carpeta con los archivos de esta colección)',
    });
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
      problemas.push({
        archivo,
        campo: '(nombre de archivo)',
        mensaje: `el nombre «${id}» no sirve como dirección estable (se esperaba minúsculas sin acentos, cifras y guiones)`,
      });
      continue;
    }
    const texto = leerTexto(join(carpeta, nombre), archivo);
    const leer = (t: string) => leerArchivo(archivo, t, esquema);
    const leido = !texto.ok
      ? { ok: false as const, problemas: [texto.problema] }
      : lecturas
        ? lecturas.leer(archivo, texto.texto, () => leer(texto.texto))
        : leer(texto.texto);
    if (leido.ok) {
      const entrada: Entrada<z.output<S>> = { id, archivo, datos: leido.valor.datos, cuerpo: leido.valor.cuerpo };
      if (texto.ok && extension === '.md' && esBorrador(texto.texto)) entrada.borrador = true;
      entradas.push(entrada);
    } else {
      problemas.push(...leido.problemas);
      fallidos.add(id);
    }
  }
  return entradas;
}

function revisarDocumentos(carpeta: string, convenios: Entrada<Documento>[], problemas: Problema[]): void {
  for (const c of convenios) {
    const { archivo, sha256 } = tipoDe(c.datos).fuente(c.datos);
    if (archivo === undefined) continue;
    const ruta = join(carpeta, 'documentos', archivo);
    if (!existsSync(ruta)) {
      problemas.push({
        archivo: c.archivo,
        campo: 'documento_fuente.archivo',
        mensaje: `no existe ${relative(process.cwd(), ruta)} (se esperaba el documento en content/documentos/)`,
      });
      continue;
    }
    const real = createHash('sha256').update(readFileSync(ruta)).digest('hex');
    if (real !== sha256) {
      problemas.push({ archivo: c.archivo, campo: 'documento_fuente.sha256', mensaje: `no coincide con el archivo (se esperaba ${real})` });
    }
  }
}

/**
 * An empty aspecto or acción is an importer's BORRADOR still to be read against the document (a warning,
 * see calidad-fs.ts); in any other convenio it is an error.
 */
function revisarTextosVacios(convenios: Entrada<Documento>[], problemas: Problema[]): void {
  for (const c of convenios) {
    const rutas = camposSinLeer(c.datos);
    if (rutas.length === 0 || c.borrador) continue;
    const texto = leerTexto(c.archivo, c.archivo);
    for (const ruta of rutas) {
      problemas.push({
        archivo: c.archivo,
        linea: texto.ok ? lineaDeCampo(c.archivo, texto.texto, ruta.slice(0, -1)) : undefined,
        campo: nombrarCampo(ruta),
        mensaje: 'falta (se esperaba un texto; sólo un BORRADOR del importador puede dejarlo vacío mientras se revisa)',
      });
    }
  }
}

/** The same record published twice, located at its field, naming the file it repeats. */
function revisarDuplicados(contenido: Contenido, nombrados: Set<string>): Problema[] {
  return buscarDuplicados(contenido).map((d) => {
    nombrados.add(d.archivo).add(d.original);
    const texto = leerTexto(d.archivo, d.archivo);
    return {
      archivo: d.archivo,
      linea: texto.ok ? lineaDeCampo(d.archivo, texto.texto, d.ruta) : undefined,
      campo: nombrarCampo(d.ruta),
      mensaje: d.mensaje,
    };
  });
}

/** Everything read from a content folder: the files that read well, every problem, and which files failed. */
export interface Revision {
  contenido: Contenido;
  problemas: Problema[];
  fallidos: Fallidos;
  /** Files an error names as the other half of a duplicate, besides the file it is reported on. */
  duplicados: Set<string>;
}

/**
 * Reads and checks the whole content folder: every file against its encoding and schema, every
 * reference between files, every source document against its hash, and records published twice.
 * Never throws for a content problem: `problemas` lists them all, and `contenido` holds the files
 * that read well. A reference to a file that failed to read is not reported: that file's own
 * message is the one to act on. `lecturas`, in a build, are the reads the last build kept: a file whose
 * text did not change is not parsed again.
 */
export function revisarCarpeta(carpeta: string, lecturas?: Lecturas): Revision {
  const problemas: Problema[] = [];
  const fallidos: Fallidos = {
    convenios: new Set(),
    entes: new Set(),
    gobiernos: new Set(),
    programas: new Set(),
    evaluaciones: new Set(),
  };
  const leer = <K extends keyof typeof COLECCIONES>(k: K) =>
    leerColeccion(join(carpeta, k), COLECCIONES[k].extension, COLECCIONES[k].esquema, problemas, fallidos[k], lecturas);
  const contenido: Contenido = {
    convenios: leer('convenios') as Entrada<Documento>[],
    entes: leer('entes') as Entrada<Ente>[],
    gobiernos: leer('gobiernos') as Entrada<Gobierno>[],
    programas: leer('programas') as Entrada<Programa>[],
    evaluaciones: existsSync(join(carpeta, 'evaluaciones')) ? (leer('evaluaciones') as Entrada<Evaluacion>[]) : [],
  };
  revisarDocumentos(carpeta, contenido.convenios, problemas);
  revisarTextosVacios(contenido.convenios, problemas);
  problemas.push(...revisarReferencias(contenido, fallidos));
  const programas = new Set(contenido.programas.map((p) => p.id));
  for (const e of contenido.evaluaciones) {
    const id = e.datos.programa.id;
    if (id !== undefined && !programas.has(id) && !fallidos.programas.has(id)) {
      const texto = leerTexto(e.archivo, e.archivo);
      problemas.push({
        archivo: e.archivo,
        linea: texto.ok ? lineaDeCampo(e.archivo, texto.texto, ['programa', 'id']) : undefined,
        campo: 'programa.id',
        mensaje: `«${id}» no existe (se esperaba el nombre de un archivo de content/programas/, sin extensión, o ningún id)`,
      });
    }
  }
  const duplicados = new Set<string>();
  problemas.push(...revisarDuplicados(contenido, duplicados));
  return { contenido, problemas, fallidos, duplicados };
}

/**
 * Reads and checks the whole content folder (see revisarCarpeta). Throws ErrorDeContenido listing
 * all problems at once, so nothing is published half-valid.
 */
export function cargarContenido(carpeta: string): Contenido {
  const { contenido, problemas } = revisarCarpeta(carpeta);
  if (problemas.length > 0) throw new ErrorDeContenido(problemas);
  return contenido;
}
