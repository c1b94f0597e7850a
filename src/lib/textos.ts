import type { Rol } from '../schemas/parte.ts';
import type { ConvenioCalculado } from './indice.ts';
import { ETIQUETAS, type Estado } from './estados.ts';
import { formatearFecha } from './fechas.ts';
import { esFederal } from './indice.ts';
import { resumenDeSeguimientoFederal } from './textos-federal.ts';

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

export function listaEnEspanol(elementos: string[]): string {
  return new Intl.ListFormat('es-MX', { style: 'long', type: 'conjunction' }).format(elementos);
}

function plural(n: number, uno: string, varios: string): string {
  return n === 1 ? `1 ${uno}` : `${n.toLocaleString('es-MX')} ${varios}`;
}

/** A plain-Spanish summary of what was promised, by whom, by when, and how it stands. */
export function resumenDeConvenio(c: ConvenioCalculado): string {
  if (esFederal(c)) return resumenDeSeguimientoFederal(c);
  const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
  const n = c.compromisos.length;
  const vencimientos = [...new Set(c.compromisos.flatMap((k) => (k.situacion.vencimiento === undefined ? [] : [k.situacion.vencimiento])))].sort();
  const cuando =
    vencimientos.length === 0
      ? 'sin fecha comprometida'
      : vencimientos.length === 1
        ? `a más tardar el ${formatearFecha(vencimientos[0]!)}`
        : `entre el ${formatearFecha(vencimientos[0]!)} y el ${formatearFecha(vencimientos.at(-1)!)}`;
  const primera = `${ente} se comprometió a atender ${plural(n, 'aspecto susceptible de mejora', 'aspectos susceptibles de mejora')} del programa «${c.programa.datos.nombre}» ${cuando}.`;

  const reportados = c.compromisos.filter((k) => k.situacion.reportes.length > 0).length;
  const estados = Object.entries(c.conteo.porEstado)
    .filter(([, v]) => v > 0)
    .map(([e, v]) => `${v} ${ETIQUETAS[e as Estado].toLowerCase()}`);
  const seguimiento = reportados === 0 ? ' No se ha publicado ningún reporte de seguimiento.' : '';
  return `${primera}${seguimiento} Estado al corte: ${listaEnEspanol(estados)}.`;
}
