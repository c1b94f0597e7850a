/**
 * A small index with follow-up of every kind (reports, evidence, extensions, rulings) and text that CSV
 * must quote, for the open-data builders. Not a test file.
 */
import { construirIndice, type Indice } from '../../src/lib/indice.ts';
import { crearRutas } from '../../src/lib/rutas.ts';
import type { Publicacion } from '../../src/lib/datos/publicacion.ts';
import { compromiso, convenio, parte, reporte } from './fabrica.ts';

export const CORTE = '2023-06-30';

export function publicacion(base = '/'): Publicacion {
  return { rutas: crearRutas(base), sitio: 'https://ejemplo.gob.mx', construido: new Date('2023-07-01T06:00:00Z') };
}

export function indiceDePrueba(): Indice {
  return construirIndice(
    {
      gobiernos: [
        { id: 'edomex', datos: { nombre: 'Gobierno del Estado de México', nivel: 'estatal' } },
        { id: 'izcalli', datos: { nombre: 'Municipio de Cuautitlán Izcalli', nivel: 'municipal', entidad_federativa: 'Estado de México' } },
      ],
      entes: [
        { id: 'secretaria-de-finanzas', datos: { nombre: 'Secretaría de Finanzas', gobierno: 'edomex' } },
        {
          id: 'issemym',
          datos: { nombre: 'Instituto de Seguridad Social del Estado de México y Municipios', siglas: 'ISSEMYM', gobierno: 'edomex' },
        },
        { id: 'defensoria', datos: { nombre: 'Defensoría "Municipal" <de> Derechos Humanos', gobierno: 'izcalli' } },
        { id: 'sin-convenios', datos: { nombre: 'Ente sin convenios', gobierno: 'izcalli' } },
      ],
      programas: [
        { id: 'prestaciones', datos: { nombre: 'Prestaciones potestativas' } },
        { id: 'derechos-humanos', datos: { clave: '01020401', nombre: 'Derechos Humanos' } },
      ],
      convenios: [
        {
          id: 'issemym-2021',
          datos: convenio({
            gobierno: 'edomex',
            programa: 'prestaciones',
            pae: 2018,
            firma: { fecha: '2021-05-17', lugar: 'Toluca de Lerdo, Estado de México' },
            partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'issemym')],
            compromisos: [
              compromiso('asm-1', '2021-07-30'), // sin_informacion
              compromiso('asm-2', '2021-07-30', [
                reporte('2021-07-01', 'en_proceso', { avance: 40, evidencias: [{ url: 'https://ejemplo.gob.mx/a.pdf' }] }),
                reporte('2021-07-20', 'atendido', {
                  evidencias: [{ url: 'https://ejemplo.gob.mx/b.pdf', descripcion: 'Oficio' }],
                  dictamen: { documento: 'Oficio 123', url: 'https://ejemplo.gob.mx/dictamen.pdf' },
                }),
              ]), // atendido_a_tiempo
              compromiso('asm-3', '2021-12', [reporte('2021-11-01', 'en_proceso', { avance: 50, prorroga: '2022-01-15' })]), // vencido
              // Same printed number as asm-3: the state seed does this.
              compromiso('asm-3b', '2023-12', [], {
                numero: '3',
                aspecto: 'Texto con "comillas", comas\ny un salto de línea',
                accion: '=SUMA(1;2)',
              }), // pendiente
            ],
          }),
        },
        {
          id: 'defensoria-2022',
          datos: convenio({
            gobierno: 'izcalli',
            programa: 'derechos-humanos',
            pae: 2022,
            ejercicio_evaluado: 2021,
            firma: { fecha: '2022-12-06', lugar: 'Cuautitlán Izcalli' },
            documento_fuente: { archivo: 'convenio.txt', sha256: 'a'.repeat(64) },
            partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'defensoria')],
            compromisos: [compromiso('rec-1', '2022-12', [reporte('2023-01-10', 'no_atendido')])], // no_atendido
            prorroga: { permitida: true, limite_dias_naturales: 15 },
            fecha_limite_compromisos: '2022-12-31',
          }),
        },
      ],
    },
    CORTE,
  );
}
