import { ESTADOS, type Estado } from './estados.ts';

/**
 * The one status palette of the site: badges (through the --estado-* custom properties of
 * src/styles/global.css, checked against this in a unit test) and charts use these values.
 * Chosen so that white text on each colour is ≥ 4.5:1 and every pair stays apart (CIEDE2000)
 * for readers with protanopia, deuteranopia and tritanopia; see tests/unit/colores.test.ts.
 */
export const COLORES_ESTADO: Readonly<Record<Estado, string>> = {
  atendido_a_tiempo: '#00854c',
  atendido_fuera_de_plazo: '#005541',
  no_atendido: '#871200',
  vencido: '#c04100',
  sin_informacion: '#6f737e',
  en_proceso: '#3462de',
  pendiente: '#5b3079',
};

/** A symbol beside every status word, so status never depends on colour alone. */
export const SIMBOLOS_ESTADO: Readonly<Record<Estado, string>> = {
  atendido_a_tiempo: '✓',
  atendido_fuera_de_plazo: '✓',
  no_atendido: '✗',
  vencido: '!',
  sin_informacion: '?',
  en_proceso: '◐',
  pendiente: '○',
};

export type Patron = 'liso' | 'diagonal' | 'cruzado' | 'diagonal_inversa' | 'puntos' | 'horizontal' | 'vertical';

/** Fill pattern of each status in charts where bars carry no label of their own (stacked bars, legends). */
export const PATRONES_ESTADO: Readonly<Record<Estado, Patron>> = {
  atendido_a_tiempo: 'liso',
  atendido_fuera_de_plazo: 'diagonal',
  no_atendido: 'cruzado',
  vencido: 'diagonal_inversa',
  sin_informacion: 'puntos',
  en_proceso: 'horizontal',
  pendiente: 'vertical',
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
