import { makeBadge } from 'badge-maker';
import { formatearNumero } from '../palabras.ts';
import type { Conteo } from '../tasas.ts';
import type { ConteosPorTipo } from '../indice.ts';
import { MEDIDA_CONCLUSION } from '../medidas.ts';
import { describirPeriodoCorto, type PublicacionFederal } from '../textos-federal.ts';

export const ETIQUETA_INSIGNIA = 'Cumplimiento ASM';

/** The badge's short rate of convenios, which always says what it counts: "3 de 11 exigibles atendidos". */
export function textoDeInsignia(c: Conteo): string {
  if (c.total === 0) return 'sin compromisos registrados';
  if (c.exigibles === 0 && c.excluidos === c.total) return 'sin compromisos exigibles (cancelados o dados de baja)';
  if (c.exigibles === 0) return `ninguno exigible aún (${formatearNumero(c.total - c.excluidos)} abiertos)`;
  return `${formatearNumero(c.atendidos)} de ${formatearNumero(c.exigibles)} exigibles atendidos`;
}

/**
 * The badge's message for an ente: each kind with its own measure, the federal one with the SHCP publication it
 * comes from ("ASM federales 130 de 178 concluidos (SHCP 1T 2017)").
 */
export function textoDeInsigniaPorTipo(conteos: ConteosPorTipo, publicacion?: PublicacionFederal): string {
  const federal = conteos.seguimiento_federal;
  const partes: string[] = [];
  if (conteos.convenio.total > 0 || federal.total === 0) partes.push(textoDeInsignia(conteos.convenio));
  if (federal.total > 0) {
    const m = MEDIDA_CONCLUSION.calcular(federal);
    const fuente = publicacion?.periodo ? ` (SHCP ${describirPeriodoCorto(publicacion.periodo)})` : ' (SHCP)';
    partes.push(
      m.denominador === 0
        ? `ASM federales: ninguno comprometido${fuente}`
        : `ASM federales ${formatearNumero(m.numerador)} de ${formatearNumero(m.denominador)} concluidos${fuente}`,
    );
  }
  return partes.join(' · ');
}

/**
 * A shields-style SVG badge (badge-maker: role="img", <title> and aria-label included). Neutral colours on
 * purpose: the rate is stated, not judged; white text on both halves passes AA contrast.
 */
export function insigniaSvg(conteos: ConteosPorTipo, publicacion?: PublicacionFederal): string {
  return makeBadge({
    label: ETIQUETA_INSIGNIA,
    message: textoDeInsigniaPorTipo(conteos, publicacion),
    labelColor: '#3d4451',
    color: '#083f78',
    style: 'flat',
  });
}
