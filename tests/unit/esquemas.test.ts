import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ente, gobierno, programa } from '../../src/schemas/catalogos.ts';
import { fecha, fechaComprometida, identificador, texto, urlPublica } from '../../src/schemas/comunes.ts';
import { convenio } from '../../src/schemas/convenio.ts';
import { reporte } from '../../src/schemas/seguimiento.ts';

const FIXTURES = new URL('../fixtures/unit/', import.meta.url);
const fixture = (nombre: string) => readFileSync(new URL(nombre, FIXTURES), 'utf8');
/** The front matter of the valid fixture convenio, as plain data to mutate. */
const conveniosBase = () => parse(fixture('convenio-valido.md').split(/^---$/m)[1]!);

/** [campo, mensaje] of each problem, or 'ok'. */
function revisar<S extends z.ZodType>(esquema: S, valor: unknown) {
  const r = esquema.safeParse(valor);
  return r.success ? 'ok' : r.error.issues.map((i) => [i.path.map(String).join('.'), i.message]);
}

describe('dates', () => {
  it.each([
    { valor: '2021-07-30', ok: true },
    { valor: '2021-02-30', ok: false },
    { valor: '2022-12', ok: false },
    { valor: 20210730, ok: false },
  ])('fecha: $valor → $ok', ({ valor, ok }) => {
    expect(fecha.safeParse(valor).success).toBe(ok);
  });

  it.each([
    { valor: '2021-07-30', ok: true },
    { valor: '2022-12', ok: true },
    { valor: '2022-01', ok: true },
    { valor: '2022-13', ok: false },
    { valor: '2022-00', ok: false },
    { valor: '2022-1', ok: false },
    { valor: '2021-02-30', ok: false },
    { valor: 'Diciembre 2022', ok: false },
  ])('fechaComprometida: $valor → $ok', ({ valor, ok }) => {
    expect(fechaComprometida.safeParse(valor).success).toBe(ok);
  });

  it('an impossible date says what it got and what it expected, in Spanish', () => {
    expect(revisar(fecha, '2021-02-30')).toEqual([
      ['', 'fecha imposible o mal escrita: «2021-02-30» (se esperaba una fecha real AAAA-MM-DD)'],
    ]);
  });
});

describe('urlPublica', () => {
  it.each([
    { valor: 'https://example.gob.mx/convenio.pdf', ok: true },
    { valor: 'http://example.gob.mx/a?b=c#d', ok: true },
    { valor: 'javascript:alert(1)', ok: false },
    { valor: 'JavaScript:alert(1)', ok: false },
    { valor: 'data:text/html,<script>alert(1)</script>', ok: false },
    { valor: 'ftp://example.gob.mx/a.pdf', ok: false },
    { valor: '//example.gob.mx/a.pdf', ok: false },
    { valor: 'https://', ok: false },
    { valor: 'https://example.gob.mx/con espacio.pdf', ok: false },
  ])('$valor → $ok', ({ valor, ok }) => {
    expect(urlPublica.safeParse(valor).success).toBe(ok);
  });
});

describe('identificador and texto', () => {
  it.each([
    { valor: 'secretaria-de-finanzas', ok: true },
    { valor: 'pae-2022', ok: true },
    { valor: 'Secretaria', ok: false },
    { valor: 'secretaría', ok: false },
    { valor: 'secretaria--finanzas', ok: false },
    { valor: '-secretaria', ok: false },
    { valor: 'secretaria_finanzas', ok: false },
    { valor: '', ok: false },
  ])('identificador «$valor» → $ok', ({ valor, ok }) => {
    expect(identificador.safeParse(valor).success).toBe(ok);
  });

  it('texto is trimmed and may not be blank', () => {
    expect(texto.parse('  LA SECRETARÍA  ')).toBe('LA SECRETARÍA');
    expect(revisar(texto, '   ')).toEqual([['', 'el texto está vacío']]);
  });
});

describe('convenio', () => {
  it('the fixture is valid, with defaults filled in and numbers kept as printed text', () => {
    const c = convenio.parse(conveniosBase());
    expect(c.hallazgos).toEqual([]);
    expect(c.partes[0]!.obligaciones).toEqual([]);
    expect(c.compromisos.map((k) => k.numero)).toEqual(['1', '2']);
    expect(c.compromisos[1]!.seguimiento).toEqual([]);
    expect(c.compromisos[0]!.seguimiento[0]!.evidencias).toHaveLength(1);
  });

  it.each<{ caso: string; cambiar: (d: any) => void; problemas: [string, string | RegExp][] }>([
    {
      caso: 'a source document with neither url nor archivo',
      cambiar: (d) => (d.documento_fuente = { descripcion: 'Convenio firmado' }),
      problemas: [['documento_fuente', 'el documento fuente necesita al menos «url» o «archivo»']],
    },
    {
      caso: 'a source file without its sha256',
      cambiar: (d) => (d.documento_fuente = { archivo: 'convenio.pdf' }),
      problemas: [['documento_fuente.sha256', 'un archivo necesita su «sha256» para que cualquiera pueda verificarlo']],
    },
    {
      caso: 'a source file in a folder',
      cambiar: (d) => (d.documento_fuente = { archivo: 'otra/convenio.pdf', sha256: 'a'.repeat(64) }),
      problemas: [['documento_fuente.archivo', /sin carpetas/]],
    },
    {
      caso: 'a source file named ".." (the parent folder)',
      cambiar: (d) => (d.documento_fuente = { archivo: '..', sha256: 'a'.repeat(64) }),
      problemas: [['documento_fuente.archivo', /sin carpetas/]],
    },
    {
      caso: 'an uppercase sha256',
      cambiar: (d) => (d.documento_fuente = { archivo: 'convenio.pdf', sha256: 'A'.repeat(64) }),
      problemas: [['documento_fuente.sha256', /SHA-256/]],
    },
    { caso: 'one party only', cambiar: (d) => d.partes.splice(1), problemas: [['partes', 'un convenio tiene al menos dos partes']] },
    {
      caso: 'no commitments',
      cambiar: (d) => (d.compromisos = []),
      problemas: [['compromisos', 'un convenio registra al menos un compromiso']],
    },
    {
      caso: 'an unknown role',
      cambiar: (d) => (d.partes[0].rol = 'auditor'),
      problemas: [['partes.0.rol', /^rol desconocido: «auditor» \(se esperaba/]],
    },
    {
      caso: 'prórroga.permitida as text',
      cambiar: (d) => (d.prorroga.permitida = 'sí'),
      problemas: [['prorroga.permitida', 'se esperaba true o false']],
    },
    { caso: 'a year before 1990', cambiar: (d) => (d.pae = 1989), problemas: [['pae', 'se esperaba un año a partir de 1990']] },
    {
      caso: 'a year in quotes',
      cambiar: (d) => (d.pae = '2022'),
      problemas: [['pae', 'se esperaba un año de cuatro cifras, sin comillas']],
    },
    {
      caso: 'a zero extension limit',
      cambiar: (d) => (d.prorroga.limite_dias_naturales = 0),
      problemas: [['prorroga.limite_dias_naturales', /se esperaba/]],
    },
    {
      caso: 'an unknown report status',
      cambiar: (d) => (d.compromisos[0].seguimiento[0].estado = 'terminado'),
      problemas: [
        [
          'compromisos.0.seguimiento.0.estado',
          'estado desconocido: «terminado» (se esperaba en_proceso, atendido, no_atendido, cancelado, fusionado o dado_de_baja)',
        ],
      ],
    },
  ])('rejects $caso', ({ cambiar, problemas }) => {
    const d = conveniosBase();
    cambiar(d);
    const r = revisar(convenio, d);
    expect(r).not.toBe('ok');
    expect(r).toEqual(problemas.map(([campo, mensaje]) => [campo, typeof mensaje === 'string' ? mensaje : expect.stringMatching(mensaje)]));
  });
});

describe('reporte', () => {
  it.each([
    { caso: 'avance 0', valor: { fecha: '2022-11-30', estado: 'en_proceso', avance: 0 }, problemas: 'ok' },
    { caso: 'avance 100', valor: { fecha: '2022-11-30', estado: 'atendido', avance: 100 }, problemas: 'ok' },
    {
      caso: 'avance over 100',
      valor: { fecha: '2022-11-30', estado: 'atendido', avance: 101 },
      problemas: [['avance', 'el avance no puede pasar de 100']],
    },
    {
      caso: 'negative avance',
      valor: { fecha: '2022-11-30', estado: 'en_proceso', avance: -5 },
      problemas: [['avance', 'el avance no puede ser menor que 0']],
    },
    {
      caso: 'avance as text',
      valor: { fecha: '2022-11-30', estado: 'en_proceso', avance: '50 %' },
      problemas: [['avance', 'se esperaba un porcentaje de avance, número de 0 a 100']],
    },
    {
      caso: 'a data: evidence link',
      valor: { fecha: '2022-11-30', estado: 'en_proceso', evidencias: [{ url: 'data:text/html,x' }] },
      problemas: [['evidencias.0.url', 'enlace no válido: «data:text/html,x» (se esperaba una dirección http:// o https://)']],
    },
    {
      caso: 'an impossible extension date',
      valor: { fecha: '2022-11-30', estado: 'en_proceso', prorroga: '2022-11-31' },
      problemas: [['prorroga', expect.stringMatching(/^fecha imposible/)]],
    },
  ])('$caso', ({ valor, problemas }) => {
    expect(revisar(reporte, valor)).toEqual(problemas);
  });
});

describe('catalogues', () => {
  it.each([
    { nombre: 'gobierno.yaml', esquema: gobierno },
    { nombre: 'ente.yaml', esquema: ente },
    { nombre: 'programa.yaml', esquema: programa },
  ])('the fixture $nombre is valid', ({ nombre, esquema }) => {
    expect(revisar(esquema, parse(fixture(nombre)))).toBe('ok');
  });

  it.each([
    {
      caso: 'an unknown level',
      esquema: gobierno,
      valor: { nombre: 'Gobierno X', nivel: 'regional' },
      campo: 'nivel',
      mensaje: /^nivel desconocido: «regional» \(se esperaba federal, estatal o municipal\)$/,
    },
    {
      caso: 'a program key with dashes',
      esquema: programa,
      valor: { clave: '01-02-04', nombre: 'Derechos Humanos' },
      campo: 'clave',
      mensaje: /se esperaba la clave del programa/,
    },
    {
      caso: 'a program key as a number (leading zero lost)',
      esquema: programa,
      valor: { clave: 1020401, nombre: 'Derechos Humanos' },
      campo: 'clave',
      mensaje: /./,
    },
    {
      caso: 'an ente whose gobierno is not an id',
      esquema: ente,
      valor: { nombre: 'ISSEMYM', gobierno: 'Estado de México' },
      campo: 'gobierno',
      mensaje: /^identificador no válido/,
    },
    {
      caso: 'an ente with an unknown field',
      esquema: ente,
      valor: { nombre: 'ISSEMYM', gobierno: 'edomex', sigla: 'ISSEMYM' },
      campo: '',
      mensaje: /sigla/,
    },
  ])('rejects $caso', ({ esquema, valor, campo, mensaje }) => {
    expect(revisar(esquema as z.ZodType, valor)).toEqual([[campo, expect.stringMatching(mensaje)]]);
  });
});
