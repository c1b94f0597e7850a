import type { Rol } from '../schemas/parte.ts';
import type { ConvenioCalculado } from './indice.ts';
import { tipoDe } from './documentos/tipos.ts';

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
