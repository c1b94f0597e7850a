/** Words for the SHCP's open data (federal ASM follow-up): its name, its publisher, its periods. */
/** The source's name for what the importer reads (Transparencia Presupuestaria, SHCP). */
export const CONJUNTO_SHCP = 'Seguimiento a los Aspectos Susceptibles de Mejora de programas presupuestarios federales (datos abiertos)';
export const EDITOR_SHCP = 'Secretaría de Hacienda y Crédito Público (SHCP), Transparencia Presupuestaria';

/** "01T2016" → "primer trimestre de 2016"; anything else is returned as written. */
export function describirPeriodo(periodo: string): string {
  const m = /^0?([1-4])T(\d{4})$/i.exec(periodo.trim());
  if (!m) return periodo;
  const ordinal = ['primer', 'segundo', 'tercer', 'cuarto'][Number(m[1]) - 1];
  return `${ordinal} trimestre de ${m[2]}`;
}
