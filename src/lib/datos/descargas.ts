import type { ArchivoCsv, ParteCsv } from './paquete.ts';
import { etiquetaDeParte, type ParteDeAnio } from './por-anio.ts';
import { ENTRADAS_DEL_RSS } from './rss.ts';

/** One file of /datos/ as the page lists it: what it holds, how much, and where its data dictionary is. */
export interface Descarga {
  nombre: string;
  href: string;
  descripcion: string;
  bytes: number;
  filas?: number;
  /** How one row is called, singular and plural ("renglón", "renglones"). */
  unidad: [string, string];
  /** Anchor of its data dictionary on the page, for the CSV tables. */
  diccionario?: string;
}

/** What the list needs to know of the built files: their sizes and the site paths they are served at. */
export interface InsumosDeDescargas {
  csv: readonly ArchivoCsv[];
  bytes: { json: number; paquete: number; rss: number; ics: number };
  documentos: number;
  /** Events in the whole-site calendar (only those within its window). */
  eventos: number;
  /** The calendar's window in words (describirVentana). */
  ventana: string;
  rutas: { archivoDeDatos: (archivo: string) => string; rss: string; vencimientos: string };
}

/** Every download of /datos/, in the order the page lists them. */
export function listaDeDescargas(x: InsumosDeDescargas): Descarga[] {
  return [
    ...x.csv.map((a) => ({
      nombre: a.tabla.archivo,
      href: x.rutas.archivoDeDatos(a.tabla.archivo),
      descripcion: a.tabla.descripcion,
      bytes: a.bytes,
      filas: a.filas,
      unidad: ['renglón', 'renglones'] as [string, string],
      diccionario: a.tabla.nombre,
    })),
    {
      nombre: 'convenios.json',
      href: x.rutas.archivoDeDatos('convenios.json'),
      descripcion:
        'Todos los convenios completos en JSON: partes, obligaciones, hallazgos, cada compromiso con todo su historial de seguimiento y los estados calculados. Con muchos documentos pesa demasiado para abrirlo en un editor: el mismo contenido está partido por año más abajo.',
      bytes: x.bytes.json,
      filas: x.documentos,
      unidad: ['convenio', 'convenios'],
    },
    {
      nombre: 'datapackage.json',
      href: x.rutas.archivoDeDatos('datapackage.json'),
      descripcion:
        'La descripción de los CSV como Frictionless Data Package: tipos, descripciones, vocabularios, claves primarias y foráneas, licencia, fecha de corte y de publicación.',
      bytes: x.bytes.paquete,
      unidad: ['', ''],
    },
    {
      nombre: 'convenios.xml',
      href: x.rutas.rss,
      descripcion: `Canal RSS de los ${ENTRADAS_DEL_RSS} documentos más recientes, del más reciente al más antiguo, con su programa, su ente evaluado y su número de compromisos. Todos están en convenios.csv y convenios.json.`,
      bytes: x.bytes.rss,
      filas: Math.min(x.documentos, ENTRADAS_DEL_RSS),
      unidad: ['entrada', 'entradas'],
    },
    {
      nombre: 'vencimientos.ics',
      href: x.rutas.vencimientos,
      descripcion: `Calendario iCalendar de los próximos vencimientos: un evento de día completo por compromiso que vence ${x.ventana}. Todos los vencimientos, también los pasados, están en el calendario de cada ente y de cada programa, en su página.`,
      bytes: x.bytes.ics,
      filas: x.eventos,
      unidad: ['evento', 'eventos'],
    },
  ];
}

/** One file of a year's row in the /datos/ table. */
export interface ArchivoDeAnio {
  nombre: string;
  href: string;
  bytes: number;
}

/** One row of the per-year table of /datos/: a year, its documents and commitments, and its files. */
export interface FilaPorAnio {
  etiqueta: string;
  clave: string;
  documentos: number;
  compromisos: number;
  json: ArchivoDeAnio;
  /** Its part of each split table, by table name (compromisos, convenios). */
  csv: Record<string, ArchivoDeAnio>;
}

/** The per-year table of /datos/, in the order of the parts (years newest first, then the documents without one). */
export function filasPorAnio(
  anios: readonly { parte: ParteDeAnio; json: { archivo: string; bytes: number }; csv: readonly (ParteCsv & { tabla: string })[] }[],
  href: (archivo: string) => string,
): FilaPorAnio[] {
  const archivo = (a: { archivo: string; bytes: number }): ArchivoDeAnio => ({ nombre: a.archivo, href: href(a.archivo), bytes: a.bytes });
  return anios.map(({ parte, json, csv }) => ({
    etiqueta: etiquetaDeParte(parte),
    clave: parte.clave,
    documentos: parte.documentos.length,
    compromisos: parte.documentos.reduce((n, c) => n + c.compromisos.length, 0),
    json: archivo(json),
    csv: Object.fromEntries(csv.map((p) => [p.tabla, archivo(p)])),
  }));
}

/** What each published JSON Schema describes, by its name under /datos/esquemas/. */
export const DESCRIPCION_DE_ESQUEMA: Record<string, string> = {
  convenio: 'Encabezado YAML de un archivo de convenio (content/convenios/*.md)',
  ente: 'Archivo de un ente público (content/entes/*.yaml)',
  gobierno: 'Archivo de un gobierno (content/gobiernos/*.yaml)',
  programa: 'Archivo de un programa presupuestario (content/programas/*.yaml)',
  'seguimiento-federal':
    'Encabezado YAML de un seguimiento federal de ASM (content/convenios/*.md con tipo: seguimiento_federal, escrito por npm run importar:shcp)',
  'registro-convenio': 'Cada /convenios/{id}.json',
  convenios: 'El archivo convenios.json y cada convenios-{año}.json de por-anio/',
};
