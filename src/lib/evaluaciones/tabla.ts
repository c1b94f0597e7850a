/** /datos/evaluaciones.csv: one row per federal evaluation, with its Data Package schema. Pure. */
import type { Columna, Fila, Tabla, Valor } from '../datos/tablas.ts';
import { absoluta, type Publicacion } from '../datos/publicacion.ts';
import type { Indice } from '../indice.ts';
import { rutasDeEvaluaciones } from './rutas.ts';
import { vistaDeEvaluaciones, type EvaluacionVista } from './vista.ts';

type ColumnaEv = Columna & { valor: (e: EvaluacionVista, pub: Publicacion) => Valor };

const COLUMNAS: ColumnaEv[] = [
  {
    nombre: 'id',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Identificador de la evaluación: ID_EVALUACION en minúsculas; su dirección es /evaluaciones/{id}/',
    valor: (e) => e.id,
  },
  {
    nombre: 'id_evaluacion',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'ID_EVALUACION tal como lo publica la SHCP',
    valor: (e) => e.datos.id_evaluacion,
  },
  {
    nombre: 'ciclo_pae',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'CICLO_PAE: Programa Anual de Evaluación al que pertenece («PAE2015») o «Complementaria»',
    valor: (e) => e.datos.ciclo_pae,
  },
  {
    nombre: 'ramo_clave',
    tipo: 'string',
    descripcion: 'ID_RAMO tal como lo publica la SHCP; vacío si dice «NA»',
    valor: (e) => e.datos.ramo.clave,
  },
  { nombre: 'ramo', tipo: 'string', descripcion: 'DESC_RAMO: nombre del ramo', valor: (e) => e.datos.ramo.nombre },
  {
    nombre: 'programa_id',
    tipo: 'string',
    descripcion: 'Identificador del programa (clave de programas.csv) cuando es uno de los programas del portal; vacío si no',
    valor: (e) => e.programa?.id,
  },
  {
    nombre: 'programa_clave',
    tipo: 'string',
    descripcion: 'MODALIDAD_PP: clave del programa tal como la publica la SHCP',
    valor: (e) => e.datos.programa.clave,
  },
  {
    nombre: 'programa',
    tipo: 'string',
    descripcion: 'DESC_PP: nombre del programa tal como lo publica la SHCP',
    valor: (e) => e.datos.programa.nombre,
  },
  {
    nombre: 'tipo',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'TIPO_EVALUACION tal como lo publica la SHCP',
    valor: (e) => e.datos.tipo,
  },
  {
    nombre: 'tipo_normalizado',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'El tipo con las variantes de escritura unificadas (tabla en /metodologia/#evaluaciones)',
    valor: (e) => e.datos.tipo_normalizado,
  },
  { nombre: 'evaluador', tipo: 'string', descripcion: 'EVALUADOR: instancia evaluadora externa', valor: (e) => e.datos.evaluador },
  {
    nombre: 'costo',
    tipo: 'number',
    minimo: 0,
    descripcion: 'COSTOS en pesos, IVA incluido si aplica; vacío si la SHCP dice ND o no da un número en pesos',
    valor: (e) => e.datos.costo,
  },
  {
    nombre: 'ciclo_conclusion',
    tipo: 'integer',
    descripcion: 'CICLO_CONCLUSION: año en que se entregó el informe final a la SHCP',
    valor: (e) => e.datos.ciclo_conclusion,
  },
  {
    nombre: 'informe_url',
    tipo: 'string',
    descripcion: 'URL_EVALUACION: dirección del informe de la evaluación',
    valor: (e) => e.datos.url,
  },
  {
    nombre: 'asm',
    tipo: 'integer',
    obligatorio: true,
    minimo: 0,
    descripcion: 'ASM del seguimiento federal cuyo ID_ASM es este ID_EVALUACION más «_NN» (clave id_asm de compromisos.csv)',
    valor: (e) => e.asm.length,
  },
  {
    nombre: 'fuente',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Conjunto de datos de donde se importó',
    valor: (e) => e.datos.fuente.nombre,
  },
  {
    nombre: 'fecha_fuente',
    tipo: 'string',
    patron: '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$',
    descripcion: 'Fecha de la publicación de la fuente (AAAA-MM-DD o AAAA-MM)',
    valor: (e) => e.datos.fuente.fecha,
  },
  {
    nombre: 'url',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Dirección de la página de la evaluación',
    valor: (e, pub) => absoluta(pub, rutasDeEvaluaciones(pub.rutas.recurso).evaluacion(e.id)),
  },
];

export const tablaEvaluaciones: Tabla = {
  nombre: 'evaluaciones',
  archivo: 'evaluaciones.csv',
  titulo: 'Evaluaciones de programas federales',
  descripcion:
    'Un renglón por evaluación de un programa presupuestario federal publicada por la SHCP (Transparencia Presupuestaria), PAE 2007 a 2016 y complementarias, con su tipo, evaluador, costo y cuántos ASM del seguimiento federal derivan de ella.',
  clavePrimaria: ['id'],
  clavesForaneas: [{ campos: ['programa_id'], recurso: 'programas', camposReferidos: ['id'] }],
  columnas: COLUMNAS.map(({ valor: _valor, ...c }) => c),
  filas: (indice: Indice, pub: Publicacion): Fila[] =>
    vistaDeEvaluaciones(indice).lista.map((e) => Object.fromEntries(COLUMNAS.map((c) => [c.nombre, c.valor(e, pub)])) as Fila),
};
