import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aCsv } from '../../src/lib/datos/csv.ts';
import { archivosCsv, paqueteDeDatos } from '../../src/lib/datos/paquete.ts';
import { SEPARADOR, TABLAS, tablaPorNombre, type Fila } from '../../src/lib/datos/tablas.ts';
import { CORTE, indiceDePrueba, publicacion } from './datos-catalogo.ts';

const indice = indiceDePrueba();
const pub = publicacion();
const filas = (nombre: string) => tablaPorNombre(nombre).filas(indice, pub);
const compromiso = (convenio: string, id: string): Fila => {
  const f = filas('compromisos').find((x) => x.convenio_id === convenio && x.compromiso_id === id);
  if (!f) throw new Error(`falta ${convenio}/${id}`);
  return f;
};

describe('compromisos: un renglón por compromiso, con su estado y su último reporte', () => {
  it('tantos renglones como compromisos, con identificadores únicos aunque el número impreso se repita', () => {
    const todas = filas('compromisos');
    expect(todas).toHaveLength(5);
    expect(new Set(todas.map((f) => `${f.convenio_id}/${f.compromiso_id}`)).size).toBe(5);
    expect(todas.filter((f) => f.convenio_id === 'issemym-2021' && f.numero === '3')).toHaveLength(2);
  });

  it.each([
    [
      'issemym-2021',
      'asm-1',
      { estado: 'sin_informacion', exigible: true, reportes: 0, fecha_ultimo_reporte: undefined, avance: undefined, evidencias: undefined },
    ],
    [
      'issemym-2021',
      'asm-2',
      {
        estado: 'atendido_a_tiempo',
        estado_nombre: 'Atendido a tiempo',
        reportes: 2,
        fecha_ultimo_reporte: '2021-07-20',
        estado_ultimo_reporte: 'atendido',
        // The latest report gives no percent: an older one is not carried forward.
        avance: undefined,
        evidencias: `https://ejemplo.gob.mx/a.pdf${SEPARADOR}https://ejemplo.gob.mx/b.pdf`,
        dictamen: 'Oficio 123',
        dictamen_url: 'https://ejemplo.gob.mx/dictamen.pdf',
      },
    ],
    [
      'issemym-2021',
      'asm-3',
      {
        estado: 'vencido',
        fecha_comprometida: '2021-12',
        precision_fecha: 'mes',
        fecha_prorroga: '2022-01-15',
        fecha_vencimiento: '2022-01-15',
        avance: 50,
      },
    ],
    ['issemym-2021', 'asm-3b', { estado: 'pendiente', exigible: false, fecha_vencimiento: '2023-12-31', fecha_prorroga: undefined }],
    [
      'defensoria-2022',
      'rec-1',
      {
        estado: 'no_atendido',
        gobierno_id: 'izcalli',
        nivel: 'municipal',
        programa_clave: '01020401',
        pae: 2022,
        ejercicio_evaluado: 2021,
      },
    ],
  ])('%s/%s', (convenio, id, esperado) => {
    const f = compromiso(convenio, id);
    expect(f).toMatchObject(esperado);
    expect(f.fecha_corte).toBe(CORTE);
    expect(f.url).toBe(`https://ejemplo.gob.mx/convenios/${convenio}/#compromiso-${id}`);
  });
});

describe('convenios, entes, programas y gobiernos', () => {
  it.each([
    ['convenios', ['defensoria-2022', 'issemym-2021']],
    ['entes', ['defensoria', 'issemym', 'secretaria-de-finanzas', 'sin-convenios']],
    ['programas', ['derechos-humanos', 'prestaciones']],
    ['gobiernos', ['edomex', 'izcalli']],
  ])('%s: un renglón por registro', (nombre, ids) => {
    expect(
      filas(nombre)
        .map((f) => f.id)
        .sort(),
    ).toEqual(ids);
  });

  it.each([
    [
      'convenios',
      'issemym-2021',
      { compromisos: 4, exigibles: 3, atendidos: 1, tasa_cumplimiento: 0.3333, compromisos_pendiente: 1, compromisos_vencido: 1 },
    ],
    [
      'convenios',
      'defensoria-2022',
      {
        compromisos: 1,
        exigibles: 1,
        atendidos: 0,
        tasa_cumplimiento: 0,
        prorroga_permitida: true,
        prorroga_limite_dias: 15,
        documento_copia_url: 'https://ejemplo.gob.mx/documentos/convenio.txt',
      },
    ],
    ['entes', 'issemym', { convenios: 1, participaciones: 0, compromisos: 4, exigibles: 3 }],
    ['entes', 'secretaria-de-finanzas', { convenios: 0, participaciones: 2, compromisos: 0, tasa_cumplimiento: undefined }],
    ['entes', 'sin-convenios', { convenios: 0, compromisos: 0, tasa_cumplimiento: undefined }],
    ['programas', 'prestaciones', { clave: undefined, gobiernos: 'Gobierno del Estado de México', convenios: 1 }],
    ['gobiernos', 'izcalli', { nivel: 'municipal', convenios: 1, compromisos_no_atendido: 1 }],
  ])('%s %s: cifras', (nombre, id, esperado) => {
    expect(filas(nombre).find((f) => f.id === id)).toMatchObject(esperado);
  });

  it('cada valor respeta el tipo, el vocabulario y la obligatoriedad que declara su columna', () => {
    for (const tabla of TABLAS) {
      for (const fila of tabla.filas(indice, pub)) {
        expect(Object.keys(fila)).toEqual(tabla.columnas.map((c) => c.nombre));
        for (const c of tabla.columnas) {
          const v = fila[c.nombre];
          if (v === undefined) {
            expect(c.obligatorio, `${tabla.nombre}.${c.nombre} vacío`).toBeFalsy();
            continue;
          }
          const tipo = { string: 'string', date: 'string', integer: 'number', number: 'number', boolean: 'boolean' }[c.tipo];
          expect(typeof v, `${tabla.nombre}.${c.nombre}`).toBe(tipo);
          if (c.tipo === 'integer') expect(Number.isInteger(v)).toBe(true);
          if (c.tipo === 'date') expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (c.valores) expect(c.valores.map((x) => x.valor)).toContain(v);
          if (c.patron) expect(String(v)).toMatch(new RegExp(c.patron));
        }
      }
    }
  });
});

describe('CSV', () => {
  const tabla = tablaPorNombre('compromisos');
  const texto = aCsv(tabla, filas('compromisos'));

  it('empieza con la marca de orden de bytes y separa renglones con CRLF', () => {
    expect(texto.charCodeAt(0)).toBe(0xfeff);
    expect(texto.startsWith('\uFEFFconvenio_id,compromiso_id,numero,')).toBe(true);
    expect(texto.endsWith('\r\n')).toBe(true);
  });

  it('se lee de vuelta con un analizador CSV, con comillas, comas y saltos de línea intactos', () => {
    const leidas = parse(texto, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(leidas).toHaveLength(5);
    const raro = leidas.find((f) => f.compromiso_id === 'asm-3b')!;
    expect(raro.aspecto).toBe('Texto con "comillas", comas\ny un salto de línea');
    expect(raro.accion).toBe('=SUMA(1;2)');
    expect(leidas.find((f) => f.compromiso_id === 'asm-2')!.evidencias!.split(SEPARADOR)).toHaveLength(2);
  });

  it('un salto de línea suelto (LF) también va entre comillas', () => {
    expect(texto).toContain('"Texto con ""comillas"", comas\ny un salto de línea"');
  });

  it('números como números, booleanos como true/false y vacío lo que falta', () => {
    const leidas = parse(texto, { bom: true, columns: true }) as Record<string, string>[];
    const f = leidas.find((x) => x.compromiso_id === 'asm-1')!;
    expect(f.pae).toBe('2018');
    expect(f.exigible).toBe('true');
    expect(f.avance).toBe('');
    expect(f.ejercicio_evaluado).toBe('');
    const convenios = parse(aCsv(tablaPorNombre('convenios'), filas('convenios')), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(convenios.find((x) => x.id === 'issemym-2021')!.tasa_cumplimiento).toBe('0.3333');
  });
});

describe('Data Package', () => {
  const archivos = archivosCsv(indice, pub);
  const paquete = paqueteDeDatos(indice, pub, archivos) as {
    created: string;
    fecha_corte: string;
    licenses: { path: string }[];
    resources: {
      name: string;
      path: string;
      bytes: number;
      schema: {
        fields: { name: string; type: string; constraints?: { enum?: string[] } }[];
        primaryKey: string[];
        foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
      };
    }[];
  };

  it('describe cada CSV con sus campos en el mismo orden y su tamaño exacto', () => {
    expect(paquete.resources.map((r) => r.path)).toEqual(TABLAS.map((t) => t.archivo));
    for (const [i, r] of paquete.resources.entries()) {
      expect(r.schema.fields.map((f) => f.name)).toEqual(TABLAS[i]!.columnas.map((c) => c.nombre));
      expect(r.bytes).toBe(Buffer.byteLength(archivos[i]!.trozos.join('')));
    }
  });

  it('las claves primarias y foráneas nombran campos que existen', () => {
    const recursos = new Map(paquete.resources.map((r) => [r.name, r]));
    for (const r of paquete.resources) {
      const campos = r.schema.fields.map((f) => f.name);
      for (const k of r.schema.primaryKey) expect(campos).toContain(k);
      for (const fk of r.schema.foreignKeys) {
        for (const k of fk.fields) expect(campos).toContain(k);
        const destino = recursos.get(fk.reference.resource);
        expect(destino, fk.reference.resource).toBeDefined();
        expect(destino!.schema.primaryKey).toEqual(fk.reference.fields);
      }
    }
  });

  it('los vocabularios de estado y nivel son restricciones enum', () => {
    const compromisos = paquete.resources.find((r) => r.name === 'compromisos')!;
    const enumDe = (n: string) => compromisos.schema.fields.find((f) => f.name === n)!.constraints!.enum;
    expect(enumDe('estado')).toEqual([
      'atendido_a_tiempo',
      'atendido_fuera_de_plazo',
      'atendido_sin_plazo',
      'no_atendido',
      'vencido',
      'sin_informacion',
      'en_proceso',
      'sin_reporte_reciente',
      'pendiente',
      'cancelado',
      'fusionado',
      'dado_de_baja',
    ]);
    expect(enumDe('estado_ultimo_reporte')).toEqual(['en_proceso', 'atendido', 'no_atendido', 'cancelado', 'fusionado', 'dado_de_baja']);
    expect(enumDe('tipo_documento')).toEqual(['convenio', 'seguimiento_federal']);
    expect(enumDe('tipo_asm')).toEqual(['Específico', 'Institucional', 'Interinstitucional', 'Intergubernamental']);
    expect(enumDe('prioridad')).toEqual(['Alta', 'Media', 'Baja']);
    expect(enumDe('nivel')).toEqual(['federal', 'estatal', 'municipal']);
  });

  it('lleva licencia, fecha de corte y fecha de construcción', () => {
    expect(paquete.licenses[0]!.path).toBe('https://datos.gob.mx/libreusomx');
    expect(paquete.fecha_corte).toBe(CORTE);
    expect(paquete.created).toBe('2023-07-01T06:00:00.000Z');
  });
});
