import { formatearNumero, formatearPorcentaje } from './palabras.ts';
import { ATENDIDOS, ESTADOS, EXCLUIDOS, EXIGIBLES, type Estado } from './estados.ts';

export interface Conteo {
  total: number;
  porEstado: Record<Estado, number>;
  exigibles: number;
  atendidos: number;
  /** Cancelled, merged or withdrawn: out of every rate, and no longer open either. */
  excluidos: number;
  /** attended ÷ exigibles, or null when nothing is exigible yet. */
  tasa: number | null;
}

export function conteoVacio(): Conteo {
  const porEstado = Object.fromEntries(ESTADOS.map((e) => [e, 0])) as Record<Estado, number>;
  return { total: 0, porEstado, exigibles: 0, atendidos: 0, excluidos: 0, tasa: null };
}

export function sumarEstado(c: Conteo, estado: Estado): void {
  c.total++;
  c.porEstado[estado]++;
  if (EXIGIBLES.has(estado)) c.exigibles++;
  if (ATENDIDOS.has(estado)) c.atendidos++;
  if (EXCLUIDOS.has(estado)) c.excluidos++;
  c.tasa = c.exigibles === 0 ? null : c.atendidos / c.exigibles;
}

export function contar(estados: Iterable<Estado>): Conteo {
  const c = conteoVacio();
  for (const e of estados) sumarEstado(c, e);
  return c;
}

export function sumarConteos(conteos: Iterable<Conteo>): Conteo {
  const c = conteoVacio();
  for (const otro of conteos) {
    for (const e of ESTADOS) c.porEstado[e] += otro.porEstado[e];
    c.total += otro.total;
    c.exigibles += otro.exigibles;
    c.atendidos += otro.atendidos;
    c.excluidos += otro.excluidos;
  }
  c.tasa = c.exigibles === 0 ? null : c.atendidos / c.exigibles;
  return c;
}

/** A rate always says what it counts: "0 de 11 compromisos exigibles atendidos (0%)". */
export function describirTasa(c: Conteo): string {
  if (c.total === 0) return 'Sin compromisos registrados';
  if (c.exigibles === 0) {
    if (c.excluidos === c.total) {
      return c.total === 1
        ? 'Su único compromiso se canceló, fusionó o dio de baja: no hay tasa'
        : `Sus ${formatearNumero(c.total)} compromisos se cancelaron, fusionaron o dieron de baja: no hay tasa`;
    }
    return c.total === 1
      ? 'Su único compromiso aún no es exigible'
      : `Ninguno de sus ${formatearNumero(c.total)} compromisos es exigible todavía`;
  }
  const sustantivo = c.exigibles === 1 ? 'compromiso exigible atendido' : 'compromisos exigibles atendidos';
  return `${formatearNumero(c.atendidos)} de ${formatearNumero(c.exigibles)} ${sustantivo} (${formatearPorcentaje(c.tasa ?? 0)})`;
}
