import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Nota } from './extraer.ts';

export const MARCA_BORRADOR = 'BORRADOR';

/** YAML as the curated files write it: long lines unfolded, dates in quotes, lists indented. */
export const OPCIONES_YAML = { lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;

/** "compromisos[3].numero" → ['compromisos', 3, 'numero']; "partes (LA SECRETARÍA).ente" has no path. */
function rutaDe(campo: string): (string | number)[] | undefined {
  if (/[\s(]/.test(campo)) return undefined;
  const ruta: (string | number)[] = [];
  for (const parte of campo.split('.')) {
    const m = /^([a-z_]+)((?:\[\d+\])*)$/.exec(parte);
    if (!m) return undefined;
    ruta.push(m[1]!);
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) ruta.push(Number(i[1]));
  }
  return ruta;
}

function comentar(doc: Document, ruta: (string | number)[], texto: string): boolean {
  const padre = ruta.length > 1 ? doc.getIn(ruta.slice(0, -1), true) : doc.contents;
  const clave = ruta.at(-1)!;
  if (isMap(padre)) {
    const par = padre.items.find((p) => isScalar(p.key) && p.key.value === clave);
    if (par && isScalar(par.key)) {
      par.key.commentBefore = par.key.commentBefore ? `${par.key.commentBefore}\n${texto}` : texto;
      return true;
    }
  }
  if (isSeq(padre) && typeof clave === 'number') {
    const item = padre.items[clave] as Node | undefined;
    if (item) {
      item.commentBefore = item.commentBefore ? `${item.commentBefore}\n${texto}` : texto;
      return true;
    }
  }
  return false;
}

/**
 * The draft file: front matter with a BORRADOR header listing what is missing, a «REVISAR»
 * comment over every doubtful field (with the source line), then the convenio's full text.
 */
export function escribirBorrador(convenio: Record<string, unknown>, cuerpo: string, notas: Nota[], fuente: string, hoy: string): string {
  const doc = new Document(convenio);
  visit(doc, {
    Scalar(_k, s) {
      if (typeof s.value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s.value)) s.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const sueltas: string[] = [];
  for (const n of notas) {
    const donde = n.origen ? ` (${n.origen.donde ?? `línea ${n.origen.linea} del texto`})` : '';
    const texto = ` ${n.tipo === 'falta' ? 'FALTA' : 'REVISAR'}: ${n.mensaje}${donde}`;
    const ruta = rutaDe(n.campo);
    if (n.tipo === 'revisar' && ruta && comentar(doc, ruta, texto)) continue;
    sueltas.push(` - ${n.campo}: ${n.tipo === 'falta' ? 'falta' : 'revisar'}: ${n.mensaje}${donde}`);
  }
  doc.commentBefore = [
    ` ${MARCA_BORRADOR} generado por «npm run importar» a partir de ${fuente} el ${hoy}.`,
    ' Compare cada campo con el documento firmado. Los comentarios «REVISAR» señalan lo que se leyó con duda;',
    ' lo que no se encontró no se inventó: complételo o déjelo fuera si el documento no lo dice.',
    ` Cuando termine, borre estas líneas de ${MARCA_BORRADOR} (el validador avisa mientras sigan aquí).`,
    ...(sueltas.length ? [' Pendientes:', ...sueltas] : []),
  ].join('\n');
  return `---\n${doc.toString(OPCIONES_YAML)}---\n\n${cuerpoMarkdown(cuerpo)}`;
}

/**
 * The full text as the body. Leading tabs and spaces go (Markdown would show those lines as code);
 * nothing else changes, so the text can still be compared with the document.
 */
export function cuerpoMarkdown(texto: string): string {
  const lineas = texto
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[\t ]+/, '').replace(/[\t ]+$/, ''));
  return `${lineas
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Whether a content file still carries the importer's BORRADOR header. */
export function esBorrador(texto: string): boolean {
  const encabezado = /^\uFEFF?---\r?\n((?:#.*\r?\n)*)/.exec(texto)?.[1] ?? '';
  return new RegExp(`^#\\s*${MARCA_BORRADOR}\\b`, 'm').test(encabezado);
}
