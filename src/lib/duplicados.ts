// The same convenio, ente or program published twice under two file names counts twice in every
// rate, chart and download. Pure: it looks at what was read and names both files of each pair.
import type { Documento } from '../schemas/documento.ts';
import type { Ente, Programa } from '../schemas/catalogos.ts';
import { tipoDe } from './documentos/tipos.ts';

interface Archivo<T> {
  id: string;
  archivo: string;
  datos: T;
}

export interface ContenidoComparable {
  convenios: Archivo<Documento>[];
  entes: Archivo<Ente>[];
  programas: Archivo<Programa>[];
}

/** One file that repeats another: reported on `archivo`, at the field `ruta`, naming `original`. */
export interface Duplicado {
  archivo: string;
  original: string;
  ruta: (string | number)[];
  mensaje: string;
}

/**
 * A name as people compare them: without case, accents or punctuation, with single spaces.
 * «Instituto de Seguridad Social del Estado de México y Municipios» and
 * «INSTITUTO DE SEGURIDAD SOCIAL DEL ESTADO DE MEXICO  Y MUNICIPIOS.» are the same name.
 */
export function normalizarNombre(nombre: string): string {
  return nombre
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('es-MX')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The first file seen with each key; later files with the same key are duplicates of it. */
class Primeros<T> {
  readonly #vistos = new Map<string, T>();
  /** The earlier value with this key, or undefined (and remembers this one). */
  ver(clave: string | undefined, valor: T): T | undefined {
    if (clave === undefined) return undefined;
    const antes = this.#vistos.get(clave);
    if (antes === undefined) this.#vistos.set(clave, valor);
    return antes;
  }
}

const COPIA =
  'sus compromisos se contarían dos veces en cada tasa, gráfica y descarga (se esperaba un solo archivo por convenio: conserve uno y borre el otro';

function conveniosDuplicados(convenios: Archivo<Documento>[]): Duplicado[] {
  const salida: Duplicado[] = [];
  const porHuella = new Primeros<string>();
  const porDatos = new Primeros<string>();
  const porAsm = new Primeros<{ archivo: string; indice: number }>();
  for (const cv of convenios) {
    const d = cv.datos;
    if (d.tipo === 'seguimiento_federal') {
      // Federal follow-ups of one SHCP publication share their source; each ID_ASM must still appear only once.
      d.compromisos.forEach((k, i) => {
        const antes = porAsm.ver(k.id_asm, { archivo: cv.archivo, indice: i });
        if (!antes) return;
        const donde =
          antes.archivo === cv.archivo
            ? `compromisos[${antes.indice}] de este mismo archivo`
            : `${antes.archivo} (compromisos[${antes.indice}])`;
        salida.push({
          archivo: cv.archivo,
          original: antes.archivo,
          ruta: ['compromisos', i, 'id_asm'],
          mensaje: `el ID_ASM «${k.id_asm}» ya está en ${donde}: el mismo aspecto se contaría dos veces (se esperaba cada ID_ASM una sola vez; vuelva a importar con npm run importar:shcp o borre la copia)`,
        });
      });
      continue;
    }
    const sha = d.documento_fuente.sha256;
    const mismoDocumento = porHuella.ver(sha, cv.archivo);
    const evaluados = d.partes
      .filter((p) => p.rol === 'sujeto_evaluado')
      .map((p) => p.ente)
      .sort()
      .join(',');
    const claveDatos = evaluados ? [evaluados, d.programa, d.pae, normalizarNombre(d.evaluacion)].join('|') : undefined;
    const mismosDatos = porDatos.ver(claveDatos, cv.archivo);
    if (mismoDocumento) {
      salida.push({
        archivo: cv.archivo,
        original: mismoDocumento,
        ruta: ['documento_fuente', 'sha256'],
        mensaje: `cita el mismo documento firmado (SHA-256 ${sha!.slice(0, 12)}…) que ${mismoDocumento}: es el mismo convenio dos veces y ${COPIA})`,
      });
    } else if (mismosDatos) {
      salida.push({
        archivo: cv.archivo,
        original: mismosDatos,
        ruta: ['programa'],
        mensaje: `el mismo ente evaluado («${evaluados}»), programa («${d.programa}»), PAE (${d.pae}) y evaluación («${d.evaluacion}») que ${mismosDatos}: es el mismo convenio dos veces y ${COPIA}, o corrija el dato que los distingue)`,
      });
    }
  }
  return salida;
}

/** Which of two ids to keep: the one convenios already use (its page is the one people link to). */
function conservar(a: string, b: string, usados: ReadonlySet<string>): string {
  if (usados.has(b) && !usados.has(a)) return `conserve «${b}», que usan los convenios, y borre «${a}»`;
  if (usados.has(a) && !usados.has(b)) return `conserve «${a}», que usan los convenios, y borre «${b}»`;
  return `conserve uno, borre el otro y cambie su identificador en los convenios que lo usan`;
}

function entesDuplicados(entes: Archivo<Ente>[], usados: ReadonlySet<string>): Duplicado[] {
  const salida: Duplicado[] = [];
  const vistos = new Primeros<Archivo<Ente>>();
  for (const e of entes) {
    const antes = vistos.ver(`${normalizarNombre(e.datos.nombre)}|${e.datos.gobierno}`, e);
    if (!antes) continue;
    salida.push({
      archivo: e.archivo,
      original: antes.archivo,
      ruta: ['nombre'],
      mensaje: `«${e.datos.nombre}» del gobierno «${e.datos.gobierno}» ya es el ente «${antes.id}» (${antes.archivo}): el mismo ente con dos identificadores repartiría sus convenios en dos páginas (se esperaba un solo archivo por ente: ${conservar(antes.id, e.id, usados)})`,
    });
  }
  return salida;
}

function programasDuplicados(programas: Archivo<Programa>[], usados: ReadonlySet<string>): Duplicado[] {
  const salida: Duplicado[] = [];
  const porNombre = new Primeros<Archivo<Programa>>();
  const porClave = new Primeros<Archivo<Programa>>();
  for (const p of programas) {
    const estructura = normalizarNombre(p.datos.estructura ?? '');
    const mismoNombre = porNombre.ver(`${normalizarNombre(p.datos.nombre)}|${estructura}|${p.datos.clave ?? ''}`, p);
    // A key identifies a program within its programmatic structure; without a structure it proves nothing.
    const mismaClave = p.datos.clave && estructura ? porClave.ver(`${p.datos.clave}|${estructura}`, p) : undefined;
    const antes = mismoNombre ?? mismaClave;
    if (!antes) continue;
    const que = mismoNombre ? `«${p.datos.nombre}»${p.datos.clave ? ` (clave ${p.datos.clave})` : ''}` : `la clave ${p.datos.clave}`;
    salida.push({
      archivo: p.archivo,
      original: antes.archivo,
      ruta: mismoNombre ? ['nombre'] : ['clave'],
      mensaje: `${que}${p.datos.estructura ? ` de la «${p.datos.estructura}»` : ''} ya es el programa «${antes.id}» (${antes.archivo}): el mismo programa con dos identificadores repartiría sus convenios en dos páginas (se esperaba un solo archivo por programa: ${conservar(antes.id, p.id, usados)})`,
    });
  }
  return salida;
}

/**
 * Files that publish again what another file already publishes: two convenios citing the same
 * signed document (same SHA-256) or with the same evaluated body, program, PAE and evaluation;
 * two federal follow-ups with the same ID_ASM; two entes with the same name in the same government;
 * two programs with the same name (or key) in the same programmatic structure. Files are taken in
 * the order given (the loader sorts them), so the later file of each pair carries the message.
 */
export function buscarDuplicados(c: ContenidoComparable): Duplicado[] {
  const entesUsados = new Set(
    c.convenios.flatMap((cv) =>
      tipoDe(cv.datos)
        .entesCitados(cv.datos)
        .map((x) => x.ente),
    ),
  );
  const programasUsados = new Set(c.convenios.map((cv) => cv.datos.programa));
  return [
    ...conveniosDuplicados(c.convenios),
    ...entesDuplicados(c.entes, entesUsados),
    ...programasDuplicados(c.programas, programasUsados),
  ];
}
