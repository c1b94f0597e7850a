import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problema } from './errores.ts';
import { explicarErrorYaml } from './errores-yaml.ts';
import { enlacesProhibidos } from '../lib/markdown-seguro.ts';
import { buscarInvisible, contexto, describirInvisible, normalizarTextos, type Invisible } from '../lib/texto-seguro.ts';

export interface ArchivoLeido<T> {
  datos: T;
  cuerpo: string;
}

type Ruta = readonly PropertyKey[];

export function nombrarCampo(ruta: Ruta): string {
  if (ruta.length === 0) return '(archivo completo)';
  return ruta.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** Splits a Markdown file into its YAML front matter and body, keeping how many lines precede the YAML. */
function separarFrontMatter(texto: string): { yaml: string; cuerpo: string; desfase: number } | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(texto);
  return m ? { yaml: m[1]!, cuerpo: m[2]!, desfase: 1 } : undefined;
}

function lineaDeRuta(doc: Document, lineas: LineCounter, ruta: Ruta, desfase: number): number | undefined {
  // A missing field has no node: point at the nearest parent that exists.
  for (let n = ruta.length; n >= 0; n--) {
    const nodo = doc.getIn(ruta.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const rango = nodo && (isScalar(nodo) || isMap(nodo) || 'range' in nodo) ? nodo.range : undefined;
    if (rango) return lineas.linePos(rango[0]).line + desfase;
  }
  return undefined;
}

/** The line a field sits on, for messages about data that is valid but suspicious (the validator's warnings). */
export function lineaDeCampo(archivo: string, texto: string, ruta: Ruta): number | undefined {
  let yaml = texto;
  let desfase = 0;
  if (archivo.endsWith('.md')) {
    const partes = separarFrontMatter(texto);
    if (!partes) return undefined;
    ({ yaml, desfase } = partes);
  }
  const lineas = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lineas, prettyErrors: false });
  if (ruta.length === 0) return desfase + 1;
  return lineaDeRuta(doc, lineas, ruta, desfase);
}

const CUERPO = '(texto del convenio)';

/**
 * Last step of reading a valid file: every text in NFC, and the problems a schema cannot see:
 * invisible control or direction characters anywhere, and links in the body with a scheme other
 * than http(s), mailto or a path within the site (javascript:, data:…).
 */
function terminar<T>(
  archivo: string,
  texto: string,
  datos: T,
  cuerpo: string,
): { ok: true; valor: ArchivoLeido<T> } | { ok: false; problemas: Problema[] } {
  const problemas: Problema[] = [];
  const invisible = (valor: string, h: Invisible) =>
    `carácter invisible ${describirInvisible(h.caracter)} en «${contexto(valor, h.indice)}» (se esperaba texto sin caracteres de control ni de dirección; bórrelo)`;
  const normalizados = normalizarTextos(datos, (ruta, valor, h) => {
    problemas.push({ archivo, linea: lineaDeCampo(archivo, texto, ruta), campo: nombrarCampo(ruta), mensaje: invisible(valor, h) });
  });
  const lineaCuerpo = texto.slice(0, texto.length - cuerpo.length).split('\n').length;
  if (buscarInvisible(cuerpo)) {
    cuerpo.split('\n').forEach((l, i) => {
      const h = buscarInvisible(l);
      if (h) problemas.push({ archivo, linea: lineaCuerpo + i, campo: CUERPO, mensaje: invisible(l, h) });
    });
  }
  for (const e of enlacesProhibidos(cuerpo)) {
    const url = e.url.length > 60 ? `${e.url.slice(0, 60)}…` : e.url;
    problemas.push({
      archivo,
      linea: lineaCuerpo + e.linea - 1,
      campo: CUERPO,
      mensaje: `${e.tipo}: «${url}» (se esperaba una dirección http:// o https://, un correo mailto: o una ruta dentro del portal)`,
    });
  }
  if (problemas.length > 0) return { ok: false, problemas };
  return { ok: true, valor: { datos: normalizados, cuerpo: cuerpo.normalize('NFC') } };
}

function lecturaRapida<S extends z.ZodType>(yaml: string, esquema: S): { data: z.output<S> } | undefined {
  let valor: unknown;
  try {
    // The core schema is YAML 1.2's, as the yaml library reads: dates stay text, no "yes"/"no" booleans.
    valor = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const r = esquema.safeParse(valor ?? {});
  return r.success ? { data: r.data } : undefined;
}

/**
 * Reads one content file (Markdown with front matter, or YAML) and validates it.
 * Returns the data, or the problems located by file, line and field.
 */
export function leerArchivo<S extends z.ZodType>(
  archivo: string,
  texto: string,
  esquema: S,
): { ok: true; valor: ArchivoLeido<z.output<S>> } | { ok: false; problemas: Problema[] } {
  let yaml = texto;
  let cuerpo = '';
  let desfase = 0;
  if (archivo.endsWith('.md')) {
    const partes = separarFrontMatter(texto);
    if (!partes) {
      return {
        ok: false,
        problemas: [
          { archivo, linea: 1, campo: '(encabezado)', mensaje: 'falta el encabezado YAML entre dos líneas «---» al inicio del archivo' },
        ],
      };
    }
    ({ yaml, cuerpo, desfase } = partes);
  }

  // Fast path: most files are valid, and js-yaml reads them several times faster than the
  // yaml library. Only a file with a problem is read again as a document, to locate it by line.
  const rapido = lecturaRapida(yaml, esquema);
  if (rapido) return terminar(archivo, texto, rapido.data, cuerpo);

  const lineas = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lineas, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      // One message per line: the parser's later errors on the same line are the same mistake seen again.
      problemas: doc.errors
        .map((e) => ({
          archivo,
          linea: lineas.linePos(e.pos[0]).line + desfase,
          campo: '(sintaxis YAML)',
          mensaje: explicarErrorYaml(e.code),
        }))
        .filter((p, i, todos) => todos.findIndex((q) => q.linea === p.linea) === i),
    };
  }

  let valor: unknown;
  try {
    valor = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias without its anchor ("*a" before "&a"), or an alias bomb: the library throws here.
    const i = yaml.split('\n').findIndex((l) => /(^|[\s\-:[{,])\*[^\s,\]}]+/.test(l));
    return {
      ok: false,
      problemas: [
        {
          archivo,
          linea: (i >= 0 ? i + 1 : 1) + desfase,
          campo: '(sintaxis YAML)',
          mensaje:
            'un alias «*…» no tiene su ancla «&…» antes, o hay demasiados alias (se esperaba el texto escrito tal cual, sin «*» ni «&» al inicio; póngalo entre comillas)',
        },
      ],
    };
  }
  const resultado = esquema.safeParse(valor ?? {});
  if (!resultado.success) {
    return {
      ok: false,
      problemas: resultado.error.issues.map((issue) => ({
        archivo,
        // An unknown key is reported on its parent; point at the key itself.
        linea: lineaDeRuta(doc, lineas, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path, desfase),
        campo: nombrarCampo(issue.path),
        mensaje:
          issue.code === 'unrecognized_keys' ? `campo no reconocido: ${issue.keys.join(', ')} (revise la ortografía)` : issue.message,
      })),
    };
  }
  return terminar(archivo, texto, resultado.data, cuerpo);
}
