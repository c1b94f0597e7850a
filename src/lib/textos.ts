import type { Rol } from '../schemas/parte.ts';
import { medidasDe, type ConteosPorTipo, type ConvenioCalculado } from './indice.ts';
import { tipoDe } from './documentos/tipos.ts';
import { describirMedida } from './medidas.ts';

export const ROLES_ETIQUETA: Record<Rol, string> = {
  coordinadora: 'Coordina la evaluación y el seguimiento',
  control_interno: 'Órgano de control interno',
  tesoreria: 'Tesorería',
  sujeto_evaluado: 'Ente evaluado',
};

/** A program as people cite it: its key first when it has one ("01020401 Derechos Humanos"). */
export function nombreDePrograma(p: { clave?: string; nombre: string }): string {
  return p.clave ? `${p.clave} ${p.nombre}` : p.nombre;
}

/** A plain-Spanish summary of what was promised, by whom, by when, and how it stands (each kind words its own). */
export function resumenDeConvenio(c: ConvenioCalculado): string {
  return tipoDe(c.datos).resumen(c);
}

/** A document's own measure in words: a convenio's compliance, a federal follow-up's concluded ASM. */
export function describirCumplimiento(c: ConvenioCalculado): string {
  return describirMedida(tipoDe(c.datos).medida, c.conteo);
}

/** "Convenios" from "convenios": the first letter up, for headings and table columns. */
export const mayuscula = (texto: string) => texto.charAt(0).toUpperCase() + texto.slice(1);

/**
 * The measures of a set that may mix kinds, each kind apart and named when there is more than one:
 * "Convenios: 0 de 11 compromisos exigibles atendidos (0%); seguimientos federales de ASM: 10 de 12 ASM comprometidos concluidos (83.3%)".
 */
export function describirMedidas(conteos: ConteosPorTipo): string {
  const medidas = medidasDe(conteos);
  if (medidas.length === 0) return 'Sin compromisos registrados';
  if (medidas.length === 1) return describirMedida(medidas[0]!.tipo.medida, medidas[0]!.conteo);
  return mayuscula(medidas.map((m) => `${m.tipo.documentos[1]}: ${describirMedida(m.tipo.medida, m.conteo)}`).join('; '));
}
