import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { esquemaDeContenido } from '../../src/lib/datos/esquemas.ts';
import { convenio } from '../../src/schemas/convenio.ts';
import { publicacion } from './datos-catalogo.ts';
import { validador } from './esquema-json.ts';
import { esDelRegistroShcp } from '../contenido-curado.ts';

// The JSON Schema an editor uses must agree with the zod schema the build uses, on real files and on broken ones.
const pub = publicacion();
const validarConvenio = validador(esquemaDeContenido('convenio', pub));

function encabezado(ruta: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(ruta, 'utf8'));
  if (!m) throw new Error(`${ruta} sin encabezado`);
  return parse(m[1]!) as Record<string, unknown>;
}

// The signed convenios only: the federal follow-up documents have their own schema (seguimiento-federal).
const semillas = readdirSync('content/convenios')
  .filter((n) => n.endsWith('.md'))
  .map((n) => join('content/convenios', n))
  .filter((r) => !esDelRegistroShcp(r));

describe('el esquema JSON de un convenio', () => {
  it('hay dos semillas', () => expect(semillas).toHaveLength(2));

  it.each([...semillas, 'tests/fixtures/unit/convenio-valido.md'])('acepta %s', (ruta) => {
    expect(validarConvenio(encabezado(ruta))).toEqual([]);
  });

  const base = encabezado(semillas[0]!);
  const casos: [string, (d: Record<string, any>) => void, RegExp][] = [
    ['un campo que no existe', (d) => (d.titutlo = 'x'), /additional/],
    ['sin título', (d) => delete d.titulo, /titulo/],
    ['el PAE como texto', (d) => (d.pae = 'dos mil veintidós'), /pae/],
    ['una fecha al revés', (d) => (d.firma.fecha = '06/12/2022'), /firma\/fecha/],
    ['una fecha comprometida sin día ni mes válidos', (d) => (d.compromisos[0].fecha_comprometida = '2022-13'), /fecha_comprometida/],
    ['un enlace javascript:', (d) => (d.documento_fuente.url = 'javascript:alert(1)'), /documento_fuente\/url/],
    ['un rol desconocido', (d) => (d.partes[0].rol = 'observador'), /rol/],
    [
      'un estado de seguimiento desconocido',
      (d) => (d.compromisos[0].seguimiento = [{ fecha: '2023-01-01', estado: 'cumplido' }]),
      /estado/,
    ],
    [
      'un avance mayor que 100',
      (d) => (d.compromisos[0].seguimiento = [{ fecha: '2023-01-01', estado: 'en_proceso', avance: 120 }]),
      /avance/,
    ],
    // An empty acción is the loader's call (only an importer BORRADOR may have one): see validar.test.ts.
    ['un compromiso sin fecha', (d) => delete d.compromisos[0].fecha_comprometida, /fecha_comprometida/],
    ['una acción vacía', (d) => (d.compromisos[0].accion = ''), /accion/],
    ['un identificador con mayúsculas', (d) => (d.compromisos[0].id = 'Rec-1'), /id/],
  ];
  it.each(casos)('rechaza %s, igual que la construcción', (_nombre, romper, campo) => {
    const roto = structuredClone(base);
    romper(roto);
    expect(validarConvenio(roto).join('\n')).toMatch(campo);
    expect(convenio.safeParse(roto).success).toBe(false);
  });

  it('deja los valores por omisión como opcionales (describe lo que se escribe, no lo que se lee)', () => {
    const sinListas = structuredClone(base);
    delete sinListas.hallazgos;
    for (const k of sinListas.compromisos as Record<string, unknown>[]) delete k.seguimiento;
    expect(validarConvenio(sinListas)).toEqual([]);
  });

  it('documenta los campos en español', () => {
    const e = esquemaDeContenido('convenio', pub) as { $id: string; properties: Record<string, { description?: string }> };
    expect(e.$id).toBe('https://ejemplo.gob.mx/datos/esquemas/convenio.schema.json');
    expect(e.properties.pae!.description).toBe('Año del Programa Anual de Evaluación');
  });
});

describe.each([
  ['ente', 'content/entes'],
  ['gobierno', 'content/gobiernos'],
  ['programa', 'content/programas'],
] as const)('el esquema JSON de %s', (coleccion, carpeta) => {
  const validar = validador(esquemaDeContenido(coleccion, pub));
  const archivos = readdirSync(carpeta).filter((n) => n.endsWith('.yaml'));
  it.each(archivos)('acepta %s', (nombre) => {
    expect(validar(parse(readFileSync(join(carpeta, nombre), 'utf8')))).toEqual([]);
  });
  it('rechaza un campo desconocido', () => {
    const datos = parse(readFileSync(join(carpeta, archivos[0]!), 'utf8')) as Record<string, unknown>;
    expect(validar({ ...datos, desconocido: 'x' })).not.toEqual([]);
  });
});
