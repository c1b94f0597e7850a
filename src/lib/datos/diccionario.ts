import { formatearFecha } from '../fechas.ts';
import { formatearNumero } from '../palabras.ts';
import { absoluta, EDITOR, TITULO_CONJUNTO, type Publicacion } from './publicacion.ts';
import type { Columna, TipoCampo } from './tablas.ts';

const TIPOS: Record<TipoCampo, string> = {
  string: 'texto',
  integer: 'número entero',
  number: 'número (punto decimal)',
  date: 'fecha AAAA-MM-DD',
  boolean: 'true o false',
};

/** The column's type as the data dictionary says it. */
export function tipoLegible(c: Columna): string {
  return TIPOS[c.tipo];
}

/** What values a column may take, in words: its vocabulary, its range or its pattern, and whether it can be empty. */
export function valoresLegibles(c: Columna): { lista: readonly { valor: string; significado: string }[]; nota: string } {
  const partes: string[] = [];
  if (c.minimo !== undefined && c.maximo !== undefined) partes.push(`de ${c.minimo} a ${c.maximo}`);
  else if (c.minimo !== undefined) partes.push(`${c.minimo} o más`);
  if (c.patron && !c.valores)
    partes.push(c.tipo === 'string' && c.nombre.startsWith('fecha') ? 'AAAA-MM-DD o AAAA-MM' : `patrón ${c.patron}`);
  partes.push(c.obligatorio ? 'siempre tiene valor' : 'puede quedar vacía');
  return { lista: c.valores ?? [], nota: partes.join('; ') };
}

const UNIDADES = ['bytes', 'kB', 'MB', 'GB'];

/** "9.8 kB", "15.6 MB" (powers of 1,024), "812 bytes": what a reader scans in a table. */
export function formatearPeso(n: number): string {
  if (n < 1024) return `${formatearNumero(n)} ${n === 1 ? 'byte' : 'bytes'}`;
  let valor = n;
  let i = 0;
  while (valor >= 1024 && i < UNIDADES.length - 1) {
    valor /= 1024;
    i++;
  }
  return `${valor.toLocaleString('es-MX', { maximumFractionDigits: 1 })} ${UNIDADES[i]}`;
}

/** "10,080 bytes (9.8 kB)": the exact count first, as the data package states it. */
export function formatearBytes(n: number): string {
  const exacto = `${formatearNumero(n)} ${n === 1 ? 'byte' : 'bytes'}`;
  return n < 1024 ? exacto : `${exacto} (${formatearPeso(n)})`;
}

/** A suggested citation with title, publisher, year, cut-off date and address. */
export function citaSugerida(corte: string, pub: Publicacion): string {
  return `${EDITOR} (${corte.slice(0, 4)}). ${TITULO_CONJUNTO} [conjunto de datos]. Datos con corte al ${formatearFecha(corte)}. ${absoluta(pub, pub.rutas.datos)}`;
}
