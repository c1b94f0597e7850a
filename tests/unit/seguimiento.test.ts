import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { leerCatalogo } from '../../src/contenido/catalogo-fs.ts';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { seguimiento } from '../../src/cli/orden-seguimiento.ts';
import { interpretarArgumentos } from '../../src/contenido/registrar-seguimiento.ts';
import { construirIndice } from '../../src/lib/indice.ts';
import { convenio } from '../../src/schemas/convenio.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

const HOY = '2025-01-15';
const ESTATAL = 'edomex-issemym-prestaciones-potestativas-2021';
const MUNICIPAL = 'cuautitlan-izcalli-derechos-humanos-2022';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
function copia(): string {
  const c = mkdtempSync(join(tmpdir(), 'seguimiento-'));
  temporales.push(c);
  copiarContenidoCurado(c);
  return c;
}
const leer = (c: string, id: string) => readFileSync(join(c, 'convenios', `${id}.md`), 'utf8');
const correr = (c: string, ...argv: string[]) => seguimiento([...argv, '--contenido', c], {}, HOY);

/** Lines of `despues` that are not in `antes`, and lines of `antes` that are gone (a plain LCS diff). */
function diferencia(antes: string, despues: string): { quitadas: string[]; agregadas: string[] } {
  const a = antes.split('\n');
  const b = despues.split('\n');
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const quitadas: string[] = [];
  const agregadas: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) quitadas.push(a[i++]!);
    else agregadas.push(b[j++]!);
  }
  return { quitadas: [...quitadas, ...a.slice(i)], agregadas: [...agregadas, ...b.slice(j)] };
}
const situacion = (c: string, id: string, k: string) => {
  const cv = construirIndice(leerCatalogo(c), HOY).porId.convenios.get(id)!;
  return {
    estado: cv.compromisos.find((x) => x.compromiso.id === k)!.situacion.estado,
    atendidos: cv.conteo.atendidos,
    exigibles: cv.conteo.exigibles,
  };
};

describe('npm run seguimiento', () => {
  it('agrega el reporte con cambios mínimos: sólo líneas nuevas, comentarios y cuerpo intactos; el estado y la tasa cambian', () => {
    const c = copia();
    const antes = leer(c, ESTATAL);
    expect(situacion(c, ESTATAL, 'asm-3-bis')).toEqual({ estado: 'sin_informacion', atendidos: 0, exigibles: 5 });
    const r = correr(
      c,
      ESTATAL,
      'asm-3-bis',
      '--estado',
      'atendido',
      '--fecha',
      '2021-07-20',
      '--evidencia',
      'https://example.gob.mx/mir-2021.pdf',
      '--nota',
      'MIR adecuada',
    );
    expect(r.codigo).toBe(0);
    const despues = leer(c, ESTATAL);
    expect(diferencia(antes, despues)).toEqual({
      quitadas: ['    seguimiento: []'],
      agregadas: [
        '    seguimiento:',
        '      - fecha: "2021-07-20"',
        '        estado: atendido',
        '        evidencias:',
        '          - url: https://example.gob.mx/mir-2021.pdf',
        '        nota: MIR adecuada',
      ],
    });
    expect(despues.split('\n---\n')[1]).toBe(antes.split('\n---\n')[1]);
    expect(despues).toContain('  # El convenio imprime el número «3» dos veces; se conserva el número impreso con otro id.');
    expect(situacion(c, ESTATAL, 'asm-3-bis')).toEqual({ estado: 'atendido_a_tiempo', atendidos: 1, exigibles: 5 });
    expect(r.lineas).toContain('Estado del compromiso al 2025-01-15: Vencido sin reporte → Atendido a tiempo.');
    expect(r.lineas).toContain(
      'Convenio: 0 de 5 compromisos exigibles atendidos (0 %) → 1 de 5 compromisos exigibles atendidos (20 %).'.replace(/ %/g, '%'),
    );

    // A second report on the same commitment only adds lines.
    const segundo = leer(c, ESTATAL);
    expect(
      correr(c, ESTATAL, 'asm-3-bis', '--estado', 'atendido', '--fecha', '2021-08-02', '--sin-evidencia', '--nota', 'Dictamen pendiente')
        .codigo,
    ).toBe(0);
    expect(diferencia(segundo, leer(c, ESTATAL)).quitadas).toEqual([]);
    expect(leerArchivo('x.md', leer(c, ESTATAL), convenio).ok).toBe(true);
  });

  it('una prórroga mayor al límite se registra con aviso y cambia el vencimiento', () => {
    const c = copia();
    const r = correr(
      c,
      MUNICIPAL,
      'rec-2',
      '--estado',
      'en-proceso',
      '--fecha',
      '2022-12-20',
      '--avance',
      '60',
      '--prorroga',
      '2023-01-31',
    );
    expect(r.codigo).toBe(0);
    expect(r.lineas.join('\n')).toMatch(/Aviso: la prórroga de 31 días excede el límite de 15 días naturales/);
    expect(leer(c, MUNICIPAL)).toContain('        avance: 60\n        prorroga: "2023-01-31"\n');
  });

  const rechazos: [string, string[], RegExp][] = [
    [
      'fecha anterior a la firma',
      [ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-05-01'],
      /anterior a la firma del convenio \(17 de mayo de 2021\)/,
    ],
    ['fecha posterior a hoy', [ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2025-02-01'], /posterior a hoy/],
    [
      'compromiso desconocido, con sugerencia',
      [ESTATAL, 'asm-3-bs', '--estado', 'en-proceso', '--fecha', '2021-06-01'],
      /no tiene el compromiso «asm-3-bs»; ¿quiso decir «asm-3-bis»\?/,
    ],
    [
      'número repetido',
      [ESTATAL, '3', '--estado', 'en-proceso', '--fecha', '2021-06-01'],
      /el número «3» se repite en este convenio; indique el id: asm-3 o asm-3-bis/,
    ],
    [
      'convenio desconocido, con sugerencia',
      ['edomex-issemym-prestaciones-potestativas-2012', 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-06-01'],
      /no existe el convenio .*¿quiso decir «edomex-issemym-prestaciones-potestativas-2021»\?/,
    ],
    [
      'atendido sin evidencia',
      [ESTATAL, 'asm-1', '--estado', 'atendido', '--fecha', '2021-06-01'],
      /necesita al menos una --evidencia URL; .*--sin-evidencia/,
    ],
    [
      'evidencia que no es http(s)',
      [ESTATAL, 'asm-1', '--estado', 'atendido', '--fecha', '2021-06-01', '--evidencia', 'javascript:alert(1)'],
      /no es un enlace http:\/\/ o https:\/\//,
    ],
    [
      'avance fuera de 0–100',
      [ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-06-01', '--avance', '150'],
      /no es un porcentaje de 0 a 100/,
    ],
    [
      'atendido con avance menor a 100',
      [ESTATAL, 'asm-1', '--estado', 'atendido', '--fecha', '2021-06-01', '--avance', '40', '--sin-evidencia'],
      /se contradice/,
    ],
    [
      'prórroga antes del vencimiento',
      [ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-06-01', '--prorroga', '2021-07-01'],
      /no es posterior al vencimiento original/,
    ],
    ['estado desconocido', [ESTATAL, 'asm-1', '--estado', 'listo', '--fecha', '2021-06-01'], /--estado «listo» no se reconoce/],
    ['fecha imposible', [ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-02-30'], /no es una fecha real/],
    ['opción desconocida', [ESTATAL, 'asm-1', '--estdo', 'en-proceso'], /opción no reconocida: --estdo/],
  ];
  it.each(rechazos)('rechaza: %s, sin tocar el archivo', (_n, argv, mensaje) => {
    const c = copia();
    const antes = leer(c, ESTATAL);
    const r = correr(c, ...argv);
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(mensaje);
    expect(leer(c, ESTATAL)).toBe(antes);
  });

  it('rechaza una prórroga si el convenio no la permite', () => {
    const c = copia();
    const ruta = join(c, 'convenios', `${ESTATAL}.md`);
    writeFileSync(ruta, readFileSync(ruta, 'utf8').replace('  permitida: true', '  permitida: false'));
    expect(
      correr(c, ESTATAL, 'asm-1', '--estado', 'en-proceso', '--fecha', '2021-06-01', '--prorroga', '2021-08-10').lineas.join('\n'),
    ).toMatch(/no permite prórrogas/);
  });
});

// Property: any command line ends in a Spanish message and exit 0 or 1, never an exception;
// when it writes, the file still passes the build's schema.
describe('propiedad: argumentos del seguimiento', () => {
  const c = copia();
  const token = fc.oneof(
    fc.constantFrom(
      ESTATAL,
      MUNICIPAL,
      'asm-1',
      'asm-3',
      'asm-3-bis',
      'rec-2',
      '3',
      '--estado',
      'atendido',
      'en-proceso',
      'no-atendido',
      '--fecha',
      '2021-06-01',
      '2022-12-20',
      '2021-02-30',
      '--avance',
      '50',
      '-5',
      '100%',
      '--evidencia',
      'https://example.gob.mx/e.pdf',
      'ftp://x',
      '--prorroga',
      '2023-01-10',
      '--nota',
      'nota',
      '--sin-evidencia',
      '--',
      '-x',
      '=',
    ),
    fc.string({ maxLength: 10 }),
  );
  it('nunca lanza y siempre explica', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        const r = seguimiento([...argv, '--contenido', c], {}, HOY);
        expect([0, 1]).toContain(r.codigo);
        expect(r.lineas.length).toBeGreaterThan(0);
        expect(r.lineas.join('\n')).not.toMatch(/^\s+at |TypeError|ReferenceError/m);
        if (r.codigo === 1) expect(r.lineas[0]).toMatch(/^No se registró: /);
        for (const id of [ESTATAL, MUNICIPAL]) expect(leerArchivo('x.md', leer(c, id), convenio).ok).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('interpretarArgumentos con cadenas arbitrarias devuelve un pedido o un mensaje', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 15 }), { maxLength: 10 }), (argv) => {
        const r = interpretarArgumentos(argv);
        if (!r.ok) expect(r.mensaje.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('un seguimiento federal de ASM no se edita con la orden', () => {
  it('lo rechaza, dice de dónde viene su avance y no toca el archivo', async () => {
    const { importarShcpCli } = await import('../../src/cli/orden-importar-shcp.ts');
    const c = copia();
    expect(importarShcpCli(['tests/fixtures/shcp/asm-sample-25-rows.utf8.csv', '--contenido', c], {}).codigo).toBe(0);
    const id = 'federal-16-e006-conagua-diseno-2013';
    const antes = leer(c, id);
    const r = correr(c, id, '16e006pdi13-01', '--estado', 'atendido', '--fecha', '2024-01-10', '--sin-evidencia');
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(/es un seguimiento federal de ASM: .*npm run importar:shcp/);
    expect(leer(c, id)).toBe(antes);
  });
});
