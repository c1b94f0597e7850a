import { Document } from 'yaml';
import { escribirBorrador, OPCIONES_YAML } from './borrador.ts';
import { leerConvenio, type Lectura, type Nota } from './extraer.ts';
import type { Origen } from './lineas.ts';
import { resolverImportacion, type CatalogoExistente, type DocumentoFuente, type Importacion } from './resolver.ts';

export type { CatalogoExistente, DocumentoFuente, Importacion, Lectura, Nota };

export interface ArchivoNuevo {
  /** Path inside the content folder: "convenios/x.md", "entes/y.yaml". */
  ruta: string;
  texto: string;
}

export interface ResultadoImportacion {
  lectura: Lectura;
  importacion: Importacion;
  archivos: ArchivoNuevo[];
}

function yamlCatalogo(datos: object, fuente: string): string {
  const doc = new Document(datos);
  doc.commentBefore = ` Creado por «npm run importar» a partir de ${fuente}. Revise el nombre con el documento.`;
  return doc.toString(OPCIONES_YAML);
}

export interface OpcionesImportacion {
  fuente: string;
  hoy: string;
  id?: string;
  /** Where each line of the text came from (index = line - 1), for the review list. */
  donde?: (string | undefined)[];
  /** The text (or part of it) was read by OCR: every value read from it is listed for review. */
  ocr?: boolean;
}

/** A mark the OCR leaves around a word it was not sure of. */
const DUDOSO = /⟦([^⟧]*)⟧/g;

/** A word the OCR was not sure of, with its neighbours, to recognise it inside a value. */
export interface PalabraDudosa {
  palabra: string;
  antes?: string;
  despues?: string;
}

/** The text as a stream of words, each marked if the OCR was not sure of it (table bars are not words). */
interface Ficha {
  palabra: string;
  nucleo: string;
  dudosa: boolean;
  /** Only its quotes are unsure (straight or curly), these: a value that does not copy them may keep the word. */
  comillas?: string;
}

/** A word without the punctuation around it, in lower case: «"LA», «La;» and «la» are one word. */
function nucleo(palabra: string): string {
  const n = palabra.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
  return n === '' ? palabra : n;
}

function fichasDe(marcado: string): Ficha[] {
  return marcado
    .split(/[\s|]+/)
    .filter(Boolean)
    .map((f) => {
      const palabra = f.replace(/[⟦⟧]/g, '');
      const marcas = [...f.matchAll(/⟦([^⟧]*)⟧/g)].map((m) => m[1]!);
      return {
        palabra,
        nucleo: nucleo(palabra),
        dudosa: marcas.length > 0,
        comillas: marcas.length > 0 && marcas.every((m) => /^["“”'‘’«»]+$/.test(m)) ? marcas.join('') : undefined,
      };
    })
    .filter((f) => f.palabra !== '');
}

/** The unsure words of a text marked «⟦…⟧», each with the words around it. */
export function palabrasDudosas(marcado: string): PalabraDudosa[] {
  const fichas = fichasDe(marcado);
  return fichas.flatMap((f, k) =>
    f.dudosa ? [{ palabra: f.palabra, antes: fichas[k - 1]?.palabra, despues: fichas[k + 1]?.palabra }] : [],
  );
}

/** How many words on each side must agree for a place in the text to be where a value's word came from. */
const CONTEXTO = 4;

/**
 * Where in the text a value's word may come from: every place the same word is printed with the
 * same neighbours, as far as the value and the text go (up to four words each side).
 */
function lugaresDe(valor: Ficha[], i: number, texto: Ficha[], indice: Map<string, number[]>): number[] {
  return (indice.get(valor[i]!.nucleo) ?? []).filter((k) => {
    for (let j = 1; j <= CONTEXTO; j++) {
      const [a, b] = [valor[i - j], texto[k - j]];
      if (!a || !b) break;
      if (a.nucleo !== b.nucleo) return false;
    }
    for (let j = 1; j <= CONTEXTO; j++) {
      const [a, b] = [valor[i + j], texto[k + j]];
      if (!a || !b) break;
      if (a.nucleo !== b.nucleo) return false;
    }
    return true;
  });
}

/** The marked text, ready to tell whether a value holds a word the OCR was not sure of. */
export interface TextoDudoso {
  fichas: Ficha[];
  indice: Map<string, number[]>;
  /** The unsure words' cores. */
  dudosas: Set<string>;
}

export function textoDudoso(marcado: string): TextoDudoso {
  const fichas = fichasDe(marcado);
  const indice = new Map<string, number[]>();
  fichas.forEach((f, k) => indice.set(f.nucleo, [...(indice.get(f.nucleo) ?? []), k]));
  return { fichas, indice, dudosas: new Set(fichas.filter((f) => f.dudosa).map((f) => f.nucleo)) };
}

/**
 * The unsure word a value holds, if any. Each word of the value that the OCR was unsure of
 * somewhere is traced back to the places in the text it may come from (the same word with the same
 * neighbours, as far as both go): a place read with confidence vouches for it, an unsure place
 * does not. A word that cannot be traced (a value composed or reworded around it) is unsure when it
 * stands in the value next to a neighbour it had in the text, or alone. A long code with digits or
 * a slash counts wherever it appears inside the value.
 */
function contieneDudosa(valor: string, t: TextoDudoso): PalabraDudosa | undefined {
  if (t.dudosas.size === 0) return undefined;
  const fichas = fichasDe(valor);
  const v = valor.replace(/\s+/g, ' ').trim();
  const dudosaEn = (k: number): PalabraDudosa => ({
    palabra: t.fichas[k]!.palabra,
    antes: t.fichas[k - 1]?.palabra,
    despues: t.fichas[k + 1]?.palabra,
  });
  for (const [k, f] of t.fichas.entries())
    if (f.dudosa && f.palabra.length >= 6 && /[\d/]/.test(f.palabra) && v.includes(f.palabra)) return dudosaEn(k);
  for (let i = 0; i < fichas.length; i++) {
    if (!t.dudosas.has(fichas[i]!.nucleo)) continue;
    // A word whose quotes alone were unsure is sure in a value that does not copy them («“Prestaciones» → «Prestaciones»).
    const dudosa = (k: number) => {
      const f = t.fichas[k]!;
      return f.dudosa && (f.comillas === undefined || [...f.comillas].some((c) => fichas[i]!.palabra.includes(c)));
    };
    const lugares = lugaresDe(fichas, i, t.fichas, t.indice);
    // A place read with confidence vouches for the word as printed there: the value may drop quotes or
    // punctuation around it, not add any («Matriz.» is not vouched for by a sure «Matriz»).
    const mismo = (k: number) => {
      const [impresa, propia] = [t.fichas[k]!.palabra, fichas[i]!.palabra];
      const desde = impresa.indexOf(propia);
      return desde >= 0 && /^[^\p{L}\p{N}]*$/u.test(impresa.slice(0, desde) + impresa.slice(desde + propia.length));
    };
    if (lugares.some((k) => !dudosa(k) && mismo(k))) continue;
    const dudoso = lugares.find(dudosa);
    if (dudoso !== undefined) return dudosaEn(dudoso);
    const suelto = t.indice
      .get(fichas[i]!.nucleo)!
      .filter(dudosa)
      .map(dudosaEn)
      .find(
        (d) =>
          v === d.palabra ||
          (d.antes !== undefined && v.includes(`${d.antes} ${d.palabra}`)) ||
          (d.despues !== undefined && v.includes(`${d.palabra} ${d.despues}`)),
      );
    if (suelto) return suelto;
  }
  return undefined;
}

/**
 * A value with a word the OCR was not sure of is never written: the field is left out and listed,
 * with what the OCR thought it read. The text is read without the marks (so the structure is
 * found); here each value is checked against the unsure words and their neighbours.
 */
export function quitarDudosos(convenio: Record<string, unknown>, notas: Nota[], marcado: string): void {
  const t = textoDudoso(marcado);
  if (t.dudosas.size === 0) return;
  const recorrer = (valor: unknown, ruta: string, padre: Record<string, unknown> | unknown[], clave: string | number) => {
    if (typeof valor === 'string') {
      const d = contieneDudosa(valor, t);
      if (!d) return;
      if (Array.isArray(padre)) padre.splice(clave as number, 1);
      else delete padre[clave as string];
      notas.push({
        campo: ruta,
        tipo: 'falta',
        mensaje: `el reconocimiento de texto (OCR) no leyó con seguridad «${d.palabra}» en «${valor.slice(0, 160)}»; se dejó vacío: cópielo del documento`,
      });
      return;
    }
    if (Array.isArray(valor)) {
      for (let i = valor.length - 1; i >= 0; i--) recorrer(valor[i], `${ruta}[${i}]`, valor, i);
    } else if (valor && typeof valor === 'object') {
      for (const [k, v] of Object.entries(valor)) recorrer(v, ruta ? `${ruta}.${k}` : k, valor as Record<string, unknown>, k);
    }
  };
  for (const [k, v] of Object.entries(convenio)) recorrer(v, k, convenio, k);
}

/**
 * A value with no letter or digit (an empty cargo, a lone quote the OCR read from a speck) says
 * nothing: it is left out and listed.
 */
export function quitarVacios(convenio: Record<string, unknown>, notas: Nota[]): void {
  const recorrer = (valor: unknown, ruta: string, padre: Record<string, unknown> | unknown[], clave: string | number) => {
    if (typeof valor === 'string') {
      if (/[\p{L}\p{N}]/u.test(valor)) return;
      if (Array.isArray(padre)) padre.splice(clave as number, 1);
      else delete padre[clave as string];
      notas.push({
        campo: ruta,
        tipo: 'falta',
        mensaje: `lo leído no tiene letras ni cifras («${valor}»); se dejó vacío: cópielo del documento`,
      });
      return;
    }
    if (Array.isArray(valor)) {
      for (let i = valor.length - 1; i >= 0; i--) recorrer(valor[i], `${ruta}[${i}]`, valor, i);
    } else if (valor && typeof valor === 'object') {
      for (const [k, v] of Object.entries(valor)) recorrer(v, ruta ? `${ruta}.${k}` : k, valor as Record<string, unknown>, k);
    }
  };
  for (const [k, v] of Object.entries(convenio)) recorrer(v, k, convenio, k);
}

/** Every value read from an OCR page goes to the review list, with its page and line. */
function notasDeOcr(lectura: Lectura, notas: Nota[], donde: (string | undefined)[]): void {
  const dondeDe = (o?: Origen) => (o ? (donde[o.linea - 1] ?? `línea ${o.linea}`) : undefined);
  lectura.compromisos.forEach((c, i) => {
    const o = { ...c.origen, donde: dondeDe(c.origen) };
    notas.push({
      campo: `compromisos[${i}]`,
      tipo: 'revisar',
      mensaje: `leído con reconocimiento de texto (OCR): compare el número, el aspecto, la acción y la fecha con el documento`,
      origen: o,
    });
  });
  const visitar = (valor: unknown, campo: string) => {
    if (!valor || typeof valor !== 'object' || campo.startsWith('compromisos') || campo === 'notas' || campo === 'encabezados') return;
    if (Array.isArray(valor)) {
      valor.forEach((v, i) => visitar(v, `${campo}[${i}]`));
      return;
    }
    const v = valor as Record<string, unknown>;
    const origen = v.origen as Origen | undefined;
    if (origen && typeof origen.linea === 'number' && ('valor' in v || 'nombre' in v || ('numero' in v && 'texto' in v))) {
      const texto =
        'texto' in v && 'numero' in v
          ? `${v.numero}. ${v.texto}`
          : 'valor' in v
            ? String(typeof v.valor === 'object' ? Object.values(v.valor as object).join(' ') : v.valor)
            : `${v.nombre}, ${v.cargo ?? ''}`;
      notas.push({
        campo,
        tipo: 'revisar',
        mensaje: `leído con reconocimiento de texto (OCR): «${texto.replace(DUDOSO, '$1').slice(0, 120)}»`,
        origen: { ...origen, donde: dondeDe(origen) },
      });
    }
    for (const [k, x] of Object.entries(v)) if (k !== 'origen') visitar(x, campo ? `${campo}.${k}` : k);
  };
  visitar(lectura, '');
}

/**
 * From a convenio's text to the files to write: the draft convenio and any new government,
 * body or program. Pure: reading and writing files is the caller's job.
 */
export function importarTexto(
  original: string,
  catalogo: CatalogoExistente,
  documento: DocumentoFuente,
  opciones: OpcionesImportacion,
): ResultadoImportacion {
  // pdftotext starts each page with a form feed: a page mark, not text. Dropped here, line numbers stay the same.
  const marcado = original.replace(/\f/g, '');
  // OCR marks unsure words «⟦…⟧»: the text is read without them, then each value is checked.
  const texto = marcado.replace(/[⟦⟧]/g, '');
  const lectura = leerConvenio(texto);
  const importacion = resolverImportacion(lectura, catalogo, documento, { id: opciones.id });
  const donde = opciones.donde ?? [];
  quitarDudosos(importacion.convenio, importacion.notas, marcado);
  quitarVacios(importacion.convenio, importacion.notas);
  if (opciones.ocr) notasDeOcr(lectura, importacion.notas, donde);
  for (const n of importacion.notas)
    if (n.origen && n.origen.donde === undefined && donde[n.origen.linea - 1]) n.origen.donde = donde[n.origen.linea - 1];
  const cuerpo = texto;
  const archivos: ArchivoNuevo[] = [];
  if (lectura.compromisos.length > 0) {
    archivos.push({
      ruta: `convenios/${importacion.id}.md`,
      texto: escribirBorrador(importacion.convenio, cuerpo, importacion.notas, opciones.fuente, opciones.hoy),
    });
    for (const g of importacion.nuevos.gobiernos)
      archivos.push({ ruta: `gobiernos/${g.id}.yaml`, texto: yamlCatalogo(g.datos, opciones.fuente) });
    for (const e of importacion.nuevos.entes) archivos.push({ ruta: `entes/${e.id}.yaml`, texto: yamlCatalogo(e.datos, opciones.fuente) });
    for (const p of importacion.nuevos.programas)
      archivos.push({ ruta: `programas/${p.id}.yaml`, texto: yamlCatalogo(p.datos, opciones.fuente) });
  }
  return { lectura, importacion, archivos };
}

/** The review list the importer prints: one line per field to check, with the source line. */
export function listaDeRevision(notas: Nota[]): string[] {
  const orden = (n: Nota) => (n.tipo === 'falta' ? 0 : 1);
  return [...notas]
    .sort((a, b) => orden(a) - orden(b))
    .map((n) => {
      const donde = n.origen ? `\n      ${n.origen.donde ?? `línea ${n.origen.linea}`}: «${n.origen.texto.replace(DUDOSO, '$1')}»` : '';
      return `  ${n.tipo === 'falta' ? 'FALTA  ' : 'REVISAR'} ${n.campo}: ${n.mensaje}${donde}`;
    });
}
