import { ESTADOS, type Estado } from './estados.ts';

/**
 * The one status palette of the site: badges (through the --estado-* custom properties of
 * src/styles/global.css, checked against this in a unit test) and charts use these values.
 * Chosen so that white text on each colour is ≥ 4.5:1 and every pair stays apart (CIEDE2000)
 * for readers with protanopia, deuteranopia and tritanopia; see tests/unit/colores.test.ts.
 */
// Twelve statuses leave little room: the attended ones are greens and teal, the two overdue ones orange and red
// (late, not unknown), the stale one grey, the closings without a judgment (cancelled, merged, withdrawn) plum,
// brown and violet. Found by a search near those hues against the test's thresholds.
export const COLORES_ESTADO: Readonly<Record<Estado, string>> = {
  atendido_a_tiempo: '#004028',
  atendido_fuera_de_plazo: '#20805b',
  atendido_sin_plazo: '#115f57',
  no_atendido: '#720000',
  vencido: '#af602c',
  sin_informacion: '#c40d2b',
  en_proceso: '#012dc4',
  sin_reporte_reciente: '#6c707b',
  pendiente: '#56317d',
  cancelado: '#54063a',
  fusionado: '#8e421c',
  dado_de_baja: '#7644e4',
};

/** A symbol beside every status word, so status never depends on colour alone. */
export const SIMBOLOS_ESTADO: Readonly<Record<Estado, string>> = {
  atendido_a_tiempo: '✓',
  atendido_fuera_de_plazo: '✓',
  atendido_sin_plazo: '✓',
  no_atendido: '✗',
  vencido: '◔',
  sin_informacion: '!',
  en_proceso: '◐',
  sin_reporte_reciente: '…',
  pendiente: '○',
  cancelado: '⊘',
  fusionado: '⇢',
  dado_de_baja: '↓',
};

export type Patron =
  | 'liso'
  | 'diagonal'
  | 'cruzado'
  | 'diagonal_inversa'
  | 'puntos'
  | 'horizontal'
  | 'vertical'
  | 'rejilla'
  | 'anillos'
  | 'cuadros'
  | 'puntos_dobles'
  | 'ondas';

/** Fill pattern of each status in charts where bars carry no label of their own (stacked bars, legends). */
export const PATRONES_ESTADO: Readonly<Record<Estado, Patron>> = {
  atendido_a_tiempo: 'liso',
  atendido_fuera_de_plazo: 'diagonal',
  atendido_sin_plazo: 'rejilla',
  no_atendido: 'cruzado',
  vencido: 'diagonal_inversa',
  sin_informacion: 'puntos',
  en_proceso: 'horizontal',
  sin_reporte_reciente: 'ondas',
  pendiente: 'vertical',
  cancelado: 'anillos',
  fusionado: 'cuadros',
  dado_de_baja: 'puntos_dobles',
};

/** Neutral colours of the charts, from the same stylesheet variables (--texto, --texto-suave, --borde). */
export const COLORES_GRAFICA = {
  texto: '#1b1f24',
  textoSuave: '#4a5260',
  rejilla: '#c9ced6',
  tasa: '#1b1f24',
} as const;

/** The --estado-* declarations as they must appear in the :root block of global.css. */
export function declaracionesCss(): string[] {
  return ESTADOS.map((e) => `--estado-${e}: ${COLORES_ESTADO[e]};`);
}
