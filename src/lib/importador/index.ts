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

/** The unsure words of a text marked «⟦…⟧», each with the words around it. */
export function palabrasDudosas(marcado: string): PalabraDudosa[] {
  const dudosas: PalabraDudosa[] = [];
  for (const linea of marcado.split('\n')) {
    if (!linea.includes('⟦')) continue;
    const fichas = linea.split(/[\s|]+/).filter(Boolean);
    fichas.forEach((f, k) => {
      const m = /⟦([^⟧]*)⟧/.exec(f);
      if (!m) return;
      const limpia = (x?: string) => x?.replace(/[⟦⟧]/g, '');
      dudosas.push({ palabra: limpia(f)!, antes: limpia(fichas[k - 1]), despues: limpia(fichas[k + 1]) });
    });
  }
  return dudosas;
}

/** Whether a value contains an unsure word: the word with a neighbour, or the whole value, or a long token alone. */
function contieneDudosa(valor: string, dudosas: PalabraDudosa[]): PalabraDudosa | undefined {
  const v = valor.replace(/\s+/g, ' ').trim();
  return dudosas.find(
    (d) =>
      v === d.palabra ||
      (d.antes !== undefined && v.includes(`${d.antes} ${d.palabra}`)) ||
      (d.despues !== undefined && v.includes(`${d.palabra} ${d.despues}`)) ||
      (d.palabra.length >= 6 && /[\d/]/.test(d.palabra) && v.includes(d.palabra)),
  );
}

/**
 * A value with a word the OCR was not sure of is never written: the field is left out and listed,
 * with what the OCR thought it read. The text is read without the marks (so the structure is
 * found); here each value is checked against the unsure words and their neighbours.
 */
export function quitarDudosos(convenio: Record<string, unknown>, notas: Nota[], dudosas: PalabraDudosa[]): void {
  if (dudosas.length === 0) return;
  const recorrer = (valor: unknown, ruta: string, padre: Record<string, unknown> | unknown[], clave: string | number) => {
    if (typeof valor === 'string') {
      const d = contieneDudosa(valor, dudosas);
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
  quitarDudosos(importacion.convenio, importacion.notas, palabrasDudosas(marcado));
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
