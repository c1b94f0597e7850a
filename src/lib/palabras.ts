/** Spanish words shared by every page, download and command: numbers, plurals, lists. Pure, no imports. */

const entero = new Intl.NumberFormat('es-MX');
const porcentaje = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 });
const lista = new Intl.ListFormat('es-MX', { style: 'long', type: 'conjunction' });

/** "1,436" */
export function formatearNumero(n: number): string {
  return entero.format(n);
}

/** "45.5 %" as es-MX writes it ("45.5%"). */
export function formatearPorcentaje(tasa: number): string {
  return porcentaje.format(tasa);
}

/** "1 compromiso", "1,436 compromisos". */
export function plural(n: number, uno: string, varios: string): string {
  return `${formatearNumero(n)} ${n === 1 ? uno : varios}`;
}

/** "a, b y c" */
export function listaEnEspanol(elementos: string[]): string {
  return lista.format(elementos);
}

/** "a, b ni c": the list after a negation («No se buscó…»). */
export function listaConNi(elementos: readonly string[]): string {
  return elementos.length <= 1 ? (elementos[0] ?? '') : `${elementos.slice(0, -1).join(', ')} ni ${elementos.at(-1)}`;
}
