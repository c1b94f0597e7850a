/**
 * Small builders for hand-made test data: parsed (post-schema) objects, so tests can state
 * only what matters to them. Not a test file: vitest only runs *.test.ts.
 */
import type { Convenio } from '../../src/schemas/convenio.ts';
import type { Compromiso } from '../../src/schemas/compromiso.ts';
import type { Parte, Rol } from '../../src/schemas/parte.ts';
import type { EstadoReportado, Reporte } from '../../src/schemas/seguimiento.ts';

export function reporte(fecha: string, estado: EstadoReportado, extra: Partial<Reporte> = {}): Reporte {
  return { fecha, estado, evidencias: [], ...extra };
}

export function compromiso(
  id: string,
  fecha_comprometida: string,
  seguimiento: Reporte[] = [],
  extra: Partial<Compromiso> = {},
): Compromiso {
  return {
    id,
    numero: id.replace(/^\D+/, '') || id,
    aspecto: `Aspecto ${id}`,
    accion: `Acción ${id}`,
    fecha_comprometida,
    seguimiento,
    ...extra,
  };
}

export function parte(rol: Rol, ente: string): Parte {
  return { rol, denominacion: rol.toUpperCase(), ente, firmante: { nombre: `Titular de ${ente}`, cargo: 'Titular' }, obligaciones: [] };
}

export function convenio(datos: Partial<Convenio> = {}): Convenio {
  return {
    titulo: 'Convenio para la Mejora del Desempeño de prueba',
    gobierno: 'edomex',
    programa: 'prestaciones-potestativas',
    pae: 2022,
    evaluacion: 'Evaluación Específica de Desempeño',
    firma: { fecha: '2022-10-14', lugar: 'Toluca de Lerdo, Estado de México' },
    fundamento: { lineamientos: 'Lineamientos Generales para la Evaluación', disposicion: 'Vigésimo Tercero' },
    documento_fuente: { url: 'https://example.gob.mx/convenio.pdf' },
    partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'issemym')],
    hallazgos: [],
    compromisos: [compromiso('c1', '2022-12-31')],
    prorroga: { permitida: false },
    ...datos,
  };
}
