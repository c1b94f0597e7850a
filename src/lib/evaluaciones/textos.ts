/** Words and figures of the evaluation pages: pesos, PAE cycles, ordering. Pure. */
import type { Registro } from '../indice.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';
import { slug } from '../importador/texto.ts';

const PESOS = new Intl.NumberFormat('es-MX', {
  style: 'currency',
  currency: 'MXN',
  currencyDisplay: 'symbol',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1285000 → «$1,285,000.00». */
export function formatearPesos(n: number): string {
  return PESOS.format(n);
}

/** «PAE2015» → «PAE 2015»; «Complementaria» → «Complementaria (fuera del PAE)». */
export function describirCiclo(ciclo: string): string {
  const m = /^PAE\s*(\d{4})$/i.exec(ciclo.trim());
  if (m) return `PAE ${m[1]}`;
  if (/^complementaria$/i.test(ciclo.trim())) return 'Complementaria (fuera del PAE)';
  return ciclo;
}

/** URL segment of a PAE cycle: «PAE2015» → «pae-2015», «Complementaria» → «complementaria». */
export function slugDeCiclo(ciclo: string): string {
  const m = /^PAE\s*(\d{4})$/i.exec(ciclo.trim());
  return m ? `pae-${m[1]}` : slug(ciclo) || 'sin-ciclo';
}

/** Year of the PAE cycle, for ordering; complementary ones go after every PAE. */
function anioDeCiclo(ciclo: string): number {
  const m = /(\d{4})/.exec(ciclo);
  return m ? Number(m[1]) : 0;
}

/** Newest PAE first, then by id: the order of every list of evaluations. */
export function ordenarEvaluaciones<T extends Registro<Evaluacion>>(lista: readonly T[]): T[] {
  return [...lista].sort((a, b) => {
    const pa = anioDeCiclo(a.datos.ciclo_pae);
    const pb = anioDeCiclo(b.datos.ciclo_pae);
    if (pa !== pb) return pb - pa;
    const ca = a.datos.ciclo_conclusion ?? 0;
    const cb = b.datos.ciclo_conclusion ?? 0;
    if (ca !== cb) return cb - ca;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** PAE cycles present, newest first, complementary last: the filter links of /evaluaciones/. */
export function ciclosDe(lista: readonly Registro<Evaluacion>[]): { ciclo: string; slug: string; total: number }[] {
  const cuenta = new Map<string, number>();
  for (const e of lista) cuenta.set(e.datos.ciclo_pae, (cuenta.get(e.datos.ciclo_pae) ?? 0) + 1);
  return [...cuenta.entries()]
    .map(([ciclo, total]) => ({ ciclo, slug: slugDeCiclo(ciclo), total }))
    .sort((a, b) => {
      const pa = /^PAE/i.test(a.ciclo) ? anioDeCiclo(a.ciclo) : -1;
      const pb = /^PAE/i.test(b.ciclo) ? anioDeCiclo(b.ciclo) : -1;
      return pb - pa || a.ciclo.localeCompare(b.ciclo, 'es-MX');
    });
}

/** Unified types present, most frequent first. */
export function tiposDe(lista: readonly Registro<Evaluacion>[]): { tipo: string; total: number }[] {
  const cuenta = new Map<string, number>();
  for (const e of lista) cuenta.set(e.datos.tipo_normalizado, (cuenta.get(e.datos.tipo_normalizado) ?? 0) + 1);
  return [...cuenta.entries()]
    .map(([tipo, total]) => ({ tipo, total }))
    .sort((a, b) => b.total - a.total || a.tipo.localeCompare(b.tipo, 'es-MX'));
}

/** The datasets the evaluations were imported from, each once, with how many evaluations came from it. */
export function fuentesDe(lista: readonly Registro<Pick<Evaluacion, 'fuente'>>[]): (Evaluacion['fuente'] & { evaluaciones: number })[] {
  const fuentes = new Map<string, Evaluacion['fuente'] & { evaluaciones: number }>();
  for (const { datos } of lista) {
    const f = datos.fuente;
    const clave = JSON.stringify([f.publicacion, f.nombre, f.fecha ?? '', f.url ?? '']);
    const previa = fuentes.get(clave);
    if (previa) previa.evaluaciones++;
    else fuentes.set(clave, { ...f, evaluaciones: 1 });
  }
  return [...fuentes.values()].sort((a, b) => b.evaluaciones - a.evaluaciones || (b.fecha ?? '').localeCompare(a.fecha ?? ''));
}
