import { makeBadge } from 'badge-maker';
import { formatearNumero } from '../palabras.ts';
import type { Conteo } from '../tasas.ts';

export const ETIQUETA_INSIGNIA = 'Cumplimiento ASM';

/** The badge's short rate, which always says what it counts: "3 de 11 exigibles atendidos". */
export function textoDeInsignia(c: Conteo): string {
  if (c.total === 0) return 'sin compromisos registrados';
  if (c.exigibles === 0 && c.excluidos === c.total) return 'sin compromisos exigibles (cancelados o dados de baja)';
  if (c.exigibles === 0) return `ninguno exigible aún (${formatearNumero(c.total - c.excluidos)} abiertos)`;
  return `${formatearNumero(c.atendidos)} de ${formatearNumero(c.exigibles)} exigibles atendidos`;
}

/**
 * A shields-style SVG badge (badge-maker: role="img", <title> and aria-label included). Neutral colours on
 * purpose: the rate is stated, not judged; white text on both halves passes AA contrast.
 */
export function insigniaSvg(c: Conteo): string {
  return makeBadge({ label: ETIQUETA_INSIGNIA, message: textoDeInsignia(c), labelColor: '#3d4451', color: '#083f78', style: 'flat' });
}
