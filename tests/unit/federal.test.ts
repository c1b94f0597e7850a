import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { leerConsulta, opcionesDePagefind } from '../../src/lib/busqueda.ts';
import { eventosDeConvenio } from '../../src/lib/datos/calendario.ts';
import { aCsv } from '../../src/lib/datos/csv.ts';
import { jsonLdConvenio } from '../../src/lib/datos/metadatos.ts';
import { archivosCsv, paqueteDeDatos } from '../../src/lib/datos/paquete.ts';
import { conjuntoDe, esquemaDeDescarga, registroDe } from '../../src/lib/datos/registro.ts';
import { opcionesRss } from '../../src/lib/datos/rss.ts';
import { SEPARADOR, tablaPorNombre } from '../../src/lib/datos/tablas.ts';
import { esquemaDeContenido } from '../../src/lib/datos/esquemas.ts';
import { ESTADOS_FEDERALES, ESTADOS_SIEMPRE } from '../../src/lib/estados.ts';
import { estadosSiempreDe, graficaDeEstados, graficaDeVencimientos } from '../../src/lib/graficas.ts';
import { MEDIDA_CONCLUSION } from '../../src/lib/medidas.ts';
import { marcasDeConvenio, opcionesDeFacetas } from '../../src/lib/indice-busqueda.ts';
import { construirIndice } from '../../src/lib/indice.ts';
import { resumenDeConvenio } from '../../src/lib/textos.ts';
import { publicacion } from './datos-catalogo.ts';
import { validador } from './esquema-json.ts';
import { catalogoConExtracto, carpetaReal, EXTRACTO, importarEn } from './shcp-fabrica.ts';

// The real content with the 25-row excerpt imported: every list, download and search mark includes the federal documents.
const CORTE = '2025-01-15';
const indice = construirIndice(catalogoConExtracto(), CORTE);
const pub = publicacion();
const federales = indice.convenios.filter((c) => c.tipo === 'seguimiento_federal');
const conagua = indice.porId.convenios.get('federal-16-e006-conagua-diseno-2013')!;

describe('el índice', () => {
  it('tiene los 2 convenios y los 20 seguimientos federales, cada uno con su ente, programa y año', () => {
    expect(indice.convenios).toHaveLength(22);
    expect(federales).toHaveLength(20);
    expect(conagua).toMatchObject({ tipo: 'seguimiento_federal', anio: 2013, fecha: '2017-03-31' });
    expect(conagua.enteEvaluado.id).toBe('conagua');
    expect(conagua.programa.id).toBe('federal-16-e006');
    expect(indice.porId.convenios.get('federal-05-p005-sre-consistencia-y-resultados-sin-anio')!.anio).toBeUndefined();
  });

  it('el gobierno federal, sus entes y sus programas reúnen sus documentos', () => {
    const federal = indice.porId.gobiernos.get('federal')!;
    expect(federal.convenios).toHaveLength(20);
    expect(federal.conteo.total).toBe(25);
    expect(indice.porId.entes.get('sre')!.convenios).toHaveLength(2);
    expect(indice.porId.programas.get('federal-16-e006')!.conteo.total).toBe(2);
  });

  it('los años de evaluación son ejercicios; los documentos sin año no están en ninguno', () => {
    const enEjercicios = indice.ejercicios.flatMap((e) => e.convenios.map((c) => c.id));
    expect(enEjercicios).toHaveLength(22 - 1);
    expect(indice.ejercicios.find((e) => e.pae === 2013)!.convenios.map((c) => c.id)).toContain(conagua.id);
  });

  it('las listas van de lo más reciente a lo más antiguo: firma, o último reporte', () => {
    const fechas = indice.convenios.map((c) => c.fecha ?? '');
    expect(fechas).toEqual([...fechas].sort().reverse());
  });

  it('el resumen dice qué es y qué no publica la fuente', () => {
    expect(resumenDeConvenio(conagua)).toBe(
      'CONAGUA seleccionó 2 aspectos susceptibles de mejora de la Evaluación de Diseño 2013 del programa «Sistemas meteorológicos e hidrológicos». ' +
        'La SHCP no publica acción ni fecha comprometida; estado al corte según el último avance reportado: 2 sin reporte reciente.',
    );
  });
});

describe('gráficas', () => {
  it('la tabla de estados de un seguimiento federal muestra sus estados, no los de un convenio', () => {
    expect(estadosSiempreDe(federales)).toBe(ESTADOS_FEDERALES);
    expect(estadosSiempreDe(indice.convenios.filter((c) => c.tipo !== 'seguimiento_federal'))).toBe(ESTADOS_SIEMPRE);
    const mixtos = estadosSiempreDe(indice.convenios);
    expect(mixtos).toEqual(expect.arrayContaining([...ESTADOS_SIEMPRE, ...ESTADOS_FEDERALES]));
    const g = graficaDeEstados(conagua.conteo, 'x', estadosSiempreDe([conagua]), MEDIDA_CONCLUSION);
    // The chart keeps every federal status; the table lists the ones that occur and names the zeros after it.
    expect((g.datos as { estados: string[] }).estados).toEqual(ESTADOS_FEDERALES);
    expect(g.tabla!.filas.map((f) => f.cabecera.estado)).toEqual(['sin_reporte_reciente']);
    expect(g.tabla!.ceros).toBe('En cero: Atendido sin plazo, En proceso, Pendiente, Cancelado, Fusionado y Dado de baja.');
    expect(g.tabla!.pie[0]!.cabecera.texto).toBe('Comprometidos (cuentan en la proporción)');
    expect(g.resumen).toBe(
      '2 ASM según su último reporte a la fecha de corte: 0 concluidos, 2 abiertos (en proceso o sin reporte reciente).',
    );
  });

  it('los vencimientos por mes dejan fuera, y cuentan, lo que no tiene fecha', () => {
    const g = graficaDeVencimientos(
      indice.convenios.flatMap((c) => c.compromisos.map((k) => k.situacion)),
      CORTE,
    );
    expect(g.resumen).toMatch(/25 compromisos no tienen fecha comprometida y no se cuentan aquí\.$/);
  });
});

describe('descargas', () => {
  const filas = tablaPorNombre('compromisos').filas(indice, pub);
  const deConagua = filas.filter((f) => f.convenio_id === conagua.id);

  it('compromisos.csv: un renglón por ASM, con su clasificación y sin acción ni fecha', () => {
    expect(filas).toHaveLength(36);
    expect(deConagua).toHaveLength(2);
    expect(deConagua[0]).toMatchObject({
      tipo_documento: 'seguimiento_federal',
      numero: '16e006pdi13_01',
      id_asm: '16e006pdi13_01',
      ciclo: '2015-2016',
      tipo_asm: 'Interinstitucional',
      prioridad: 'Alta',
      tipo_mejora: 'Adiciona',
      temas: ['Diseño', 'Operación', 'Planeación', 'Ejecución'].join(SEPARADOR),
      gasto_federalizado: false,
      estado: 'sin_reporte_reciente',
      exigible: false,
      avance: 40,
      accion: undefined,
      fecha_comprometida: undefined,
      fecha_vencimiento: undefined,
      pae: undefined,
      anio_evaluacion: 2013,
      ramo_clave: '16',
    });
  });

  it('cada valor cumple su columna del Data Package (tipo, obligatorio, vocabulario)', () => {
    const paquete = paqueteDeDatos(indice, pub, archivosCsv(indice, pub)) as {
      resources: { name: string; schema: { fields: { name: string; constraints?: { required?: boolean; enum?: string[] } }[] } }[];
    };
    for (const r of paquete.resources) {
      const csv = parse(aCsv(tablaPorNombre(r.name), tablaPorNombre(r.name).filas(indice, pub)), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      for (const fila of csv) {
        for (const f of r.schema.fields) {
          const v = fila[f.name]!;
          if (v === '') expect(f.constraints?.required, `${r.name}.${f.name}`).not.toBe(true);
          else if (f.constraints?.enum) expect(f.constraints.enum, `${r.name}.${f.name}`).toContain(v);
        }
      }
    }
  });

  it('convenios.json y cada registro validan contra sus esquemas publicados', () => {
    const registro = validador(esquemaDeDescarga('registro-convenio', pub));
    for (const c of indice.convenios) expect(registro(registroDe(c, indice, pub)), c.id).toEqual([]);
    expect(validador(esquemaDeDescarga('convenios', pub))(conjuntoDe(indice, pub))).toEqual([]);
    const r = registroDe(conagua, indice, pub);
    expect(r).toMatchObject({
      tipo: 'seguimiento_federal',
      anio_evaluacion: 2013,
      ramo: { clave: '16' },
      fecha_ultimo_reporte: '2017-03-31',
    });
    expect(r).not.toHaveProperty('firma');
    expect(r).not.toHaveProperty('partes');
  });

  it('el esquema JSON del contenido federal acepta lo importado y rechaza un tipo de ASM desconocido', () => {
    const validar = validador(esquemaDeContenido('seguimiento-federal', pub));
    const { carpeta } = importarEn(carpetaReal(), EXTRACTO);
    const texto = carpeta.get(`convenios/${conagua.id}.md`)!;
    const datos = structuredClone(conagua.datos) as Record<string, any>;
    expect(validar(datos)).toEqual([]);
    expect(texto).toContain('tipo: seguimiento_federal');
    datos.compromisos[0].tipo_asm = 'Especial';
    expect(validar(datos).join()).toMatch(/tipo_asm/);
  });

  it('RSS: cada seguimiento federal es un elemento que dice que no es un convenio firmado', () => {
    const items = opcionesRss(indice, pub).items as { title: string; link: string; description: string; pubDate?: Date }[];
    expect(items).toHaveLength(22);
    const item = items.find((i) => i.link.endsWith(`/convenios/${conagua.id}/`))!;
    expect(item.title).toMatch(/^Seguimiento federal de ASM: /);
    expect(item.description).toContain('no es un convenio firmado');
    expect(item.pubDate?.toISOString().slice(0, 10)).toBe('2017-03-31');
  });

  it('iCalendar: sin fecha comprometida no hay evento', () => {
    expect(eventosDeConvenio(conagua, CORTE, pub)).toBe('');
  });

  it('JSON-LD: un documento de su ente, sin fecha de firma', () => {
    const ld = jsonLdConvenio(conagua, indice, pub);
    expect(ld).toMatchObject({ '@type': 'DigitalDocument', genre: 'Seguimiento federal de ASM', dateModified: '2017-03-31' });
    expect(ld).not.toHaveProperty('dateCreated');
  });
});

describe('búsqueda', () => {
  it('las marcas de un seguimiento federal llevan su tipo y su clasificación', () => {
    const m = marcasDeConvenio(conagua);
    expect(m.filtros).toMatchObject({
      // In «tipo» too, so a search can leave follow-ups out with the chunk it already loads (TIPO_SOLO_CONVENIOS).
      tipo: ['seguimiento_federal'],
      documento: ['seguimiento_federal'],
      pae: ['2013'],
      tipo_asm: ['Interinstitucional', 'Intergubernamental'],
      prioridad: ['Alta'],
      mejora: ['Adiciona', 'Modifica'],
      tema: ['Diseño', 'Operación', 'Planeación', 'Ejecución', 'Resultado', 'Indicadores', 'Coberturas'],
      estado: ['Sin reporte reciente'],
    });
    expect(m.meta).toMatchObject({ documento: 'Seguimiento federal de ASM', reporte: '2017-03-31', evaluacion: '2013' });
    expect(m.meta).not.toHaveProperty('firma');
    expect(m.orden).toEqual({ firma: '2017-03-31' });
  });

  it('/buscar/ ofrece el tipo de documento y cada clasificación que algún ASM tiene', () => {
    const facetas = Object.fromEntries(opcionesDeFacetas(indice).map((f) => [f.faceta, f.opciones.map((o) => o.valor)]));
    expect(Object.keys(facetas)).toEqual([
      'documento',
      'programa',
      'ente',
      'gobierno',
      'nivel',
      'pae',
      'estado',
      'tipo_asm',
      'prioridad',
      'mejora',
      'tema',
    ]);
    expect(facetas.documento).toEqual(['convenio', 'seguimiento_federal']);
    expect(facetas.tipo_asm).toEqual(['Específico', 'Institucional', 'Interinstitucional', 'Intergubernamental']);
    expect(facetas.prioridad).toEqual(['Alta', 'Media', 'Baja']);
    expect(facetas.mejora).toEqual(['Corrige', 'Modifica', 'Adiciona']);
    expect(facetas.tema).toContain('Operación');
    expect(facetas.nivel).toEqual(['federal', 'estatal', 'municipal']);
  });

  it('los filtros nuevos viajan en la URL y llegan a Pagefind tal cual', () => {
    const c = leerConsulta(
      new URLSearchParams('documento=seguimiento_federal&tema=Operaci%C3%B3n&prioridad=Alta&mejora=Adiciona&tipo_asm=Espec%C3%ADfico'),
    );
    expect(opcionesDePagefind(c).filters).toEqual({
      tipo: { none: ['programa', 'ente', 'gobierno', 'evaluacion'] },
      documento: 'seguimiento_federal',
      tipo_asm: 'Específico',
      prioridad: 'Alta',
      mejora: 'Adiciona',
      tema: 'Operación',
    });
  });
});
