import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { convenio } from '../../src/schemas/convenio.ts';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { formatearProblema } from '../../src/contenido/errores.ts';
import { validar } from '../../src/cli/orden-validar.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

const CONVENIO = 'convenios/edomex-issemym-prestaciones-potestativas-2021.md';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
function copia(cambios: Record<string, (t: string) => string> = {}): string {
  const c = mkdtempSync(join(tmpdir(), 'validar-'));
  temporales.push(c);
  copiarContenidoCurado(c);
  for (const [archivo, cambiar] of Object.entries(cambios))
    writeFileSync(join(c, archivo), cambiar(readFileSync(join(c, archivo), 'utf8')));
  return c;
}

describe('npm run validar', () => {
  it('el contenido real es válido: sale con 0 y avisa del número «3» repetido con archivo, línea y campo', () => {
    const r = validar([]);
    expect(r.codigo).toBe(0);
    expect(r.lineas).toContain(
      '  content/convenios/edomex-issemym-prestaciones-potestativas-2021.md:112: compromisos[3].numero: El documento imprime el número «3» en 2 compromisos distintos. Aquí se conservan todos, con el número impreso, y cada uno tiene su propio identificador (es legal, pero confirme que así lo dice el documento)',
    );
    // The curated files plus the SHCP record imported into content/, every one of them counted.
    const archivos = ['convenios', 'entes', 'gobiernos', 'programas', 'evaluaciones'].flatMap((d) =>
      existsSync(join('content', d)) ? readdirSync(join('content', d)).filter((n) => /\.(md|yaml)$/.test(n)) : [],
    );
    expect(r.lineas.at(-1)).toBe(`content: ${archivos.length} archivos válidos, 1 aviso.`);
  });

  it('un error sale con 1 y da archivo:línea: campo: problema (se esperaba …); no acusa de «sin uso» a los entes del convenio roto', () => {
    const c = copia({ [CONVENIO]: (t) => t.replace('fecha: "2021-05-17"', 'fecha: "2021-02-30"') });
    const r = validar(['--contenido', c]);
    expect(r.codigo).toBe(1);
    const archivo = relative(process.cwd(), join(c, CONVENIO));
    expect(r.lineas).toContain(
      `  ${archivo}:9: firma.fecha: fecha imposible o mal escrita: «2021-02-30» (se esperaba una fecha real AAAA-MM-DD)`,
    );
    const texto = r.lineas.join('\n');
    expect(texto).not.toMatch(/ningún convenio usa el (ente|programa) «/);
    expect(texto).toContain(
      'Los avisos de entes y programas que ningún convenio usa esperan a que se corrija el convenio que no se pudo leer.',
    );
  });

  it('con un error en un archivo, los avisos de los demás siguen apareciendo', () => {
    const c = copia({ 'entes/issemym.yaml': (t) => t.replace(/^gobierno: .*$/m, 'gobierno: [') });
    const r = validar(['--contenido', c]);
    expect(r.codigo).toBe(1);
    const texto = r.lineas.join('\n');
    expect(texto).toMatch(/Avisos \(1\)/);
    expect(texto).toContain('compromisos[3].numero: El documento imprime el número «3»');
    // The convenio that names the broken ente does not also say «issemym» does not exist.
    expect(texto).not.toContain('«issemym» no existe');
  });

  it.each([
    ['el aspecto de un compromiso', /^ {4}aspecto: Derivado de la evaluación.*\n/m, 'compromisos[0].aspecto', 92],
    ['el texto de una obligación', /^ {8}texto: Promover la integración.*\n/m, 'partes[0].obligaciones[0].texto', 32],
  ])('%s vacío es un error, salvo en un BORRADOR del importador, donde es un aviso', (_, linea, campo, numero) => {
    const quitar = (t: string) => t.replace(linea, '');
    const archivo = relative(process.cwd(), join('CARPETA', CONVENIO));
    const firmado = copia({ [CONVENIO]: quitar });
    const error = validar(['--contenido', firmado]);
    expect(error.codigo).toBe(1);
    expect(error.lineas).toContain(
      `  ${archivo.replace('CARPETA', relative(process.cwd(), firmado))}:${numero}: ${campo}: falta (se esperaba un texto; sólo un BORRADOR del importador puede dejarlo vacío mientras se revisa)`,
    );
    const borrador = copia({ [CONVENIO]: (t) => quitar(t).replace(/^---\n/, '---\n# BORRADOR generado por «npm run importar»\n') });
    const aviso = validar(['--contenido', borrador]);
    expect(aviso.codigo).toBe(0);
    expect(aviso.lineas.join('\n')).toMatch(new RegExp(`:\\d+: ${campo.replace(/[[\].]/g, '\\$&')}: vacío: el importador no lo pudo leer`));
  });

  it('sólo avisos no cambian la salida: un ente que nadie usa sale con 0', () => {
    const c = copia();
    writeFileSync(join(c, 'entes/huerfano.yaml'), 'nombre: Ente sin convenio\ngobierno: estado-de-mexico\n');
    const r = validar(['--contenido', c]);
    expect(r.codigo).toBe(0);
    expect(r.lineas.join('\n')).toContain(
      `${relative(process.cwd(), join(c, 'entes/huerfano.yaml'))}:1: (archivo): ningún convenio usa el ente «huerfano»`,
    );
  });

  it('una opción desconocida da un mensaje, no una excepción', () => {
    expect(validar(['--nada']).codigo).toBe(1);
  });
});

// Property: whatever a person types into a content file, the reading ends in data or in
// Spanish messages that name file, line and field; never in an exception.
describe('propiedad: el validador con archivos mal escritos', () => {
  const valido = readFileSync(join('content', CONVENIO), 'utf8');
  const lineas = valido.split('\n');
  const fin = lineas.indexOf('---', 1);
  const trozos = [
    '',
    ':',
    ': ',
    '- ',
    '  ',
    '\t',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '#',
    '---',
    '&a',
    '*a',
    '!!binary',
    '? ',
    '|',
    '>',
    '%YAML 1.2',
    'fecha: 2021-13-45',
    'pae: -1',
    'compromisos: []',
    'partes: {}',
    'seguimiento: [{fecha: hoy}]',
    'url: javascript:alert(1)',
    'estado: listo',
    '\u0000',
    '\uFEFF',
    'ñ',
    '…',
  ];
  const mutacion = fc.oneof(
    fc.record({ tipo: fc.constant('borrar' as const), i: fc.nat(fin) }),
    fc.record({
      tipo: fc.constant('insertar' as const),
      i: fc.nat(fin),
      texto: fc.oneof(fc.constantFrom(...trozos), fc.string({ maxLength: 12 })),
    }),
    fc.record({
      tipo: fc.constant('cambiar' as const),
      i: fc.integer({ min: 1, max: fin - 1 }),
      texto: fc.oneof(fc.constantFrom(...trozos), fc.string({ maxLength: 20 })),
    }),
    fc.record({ tipo: fc.constant('sangria' as const), i: fc.integer({ min: 1, max: fin - 1 }), n: fc.integer({ min: -4, max: 4 }) }),
  );
  const aplicar = (ms: { tipo: string; i: number; texto?: string; n?: number }[]) => {
    const ls = [...lineas];
    for (const m of ms) {
      const i = Math.min(m.i, ls.length - 1);
      if (m.tipo === 'borrar') ls.splice(i, 1);
      else if (m.tipo === 'insertar') ls.splice(i, 0, m.texto!);
      else if (m.tipo === 'cambiar') {
        const l = ls[i]!;
        const dos = l.indexOf(': ');
        ls[i] = dos > 0 ? `${l.slice(0, dos + 2)}${m.texto}` : `${l}${m.texto}`;
      } else ls[i] = m.n! >= 0 ? `${' '.repeat(m.n!)}${ls[i]}` : ls[i]!.slice(-m.n!);
    }
    return ls.join('\n');
  };

  it('leerArchivo nunca lanza y cada problema se lee archivo:línea: campo: mensaje en español', () => {
    fc.assert(
      fc.property(fc.array(mutacion, { minLength: 1, maxLength: 4 }), (ms) => {
        const texto = aplicar(ms);
        const r = leerArchivo('content/convenios/x.md', texto, convenio);
        if (r.ok) return;
        expect(r.problemas.length).toBeGreaterThan(0);
        for (const p of r.problemas) {
          expect(formatearProblema(p)).toMatch(/^content\/convenios\/x\.md(:\d+)?: \S.*: \S/);
          if (p.linea !== undefined) expect(p.linea).toBeGreaterThanOrEqual(1);
          expect(p.mensaje).not.toMatch(/\b(expected|invalid input|received|required|unexpected|must be)\b/i);
        }
      }),
      { numRuns: 300 },
    );
    // Hundreds of generated files: on a loaded two-core machine this takes longer than the 5 s default.
  }, 30_000);

  it('textos arbitrarios como archivo completo tampoco lanzan', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom(...trozos, '\n', 'titulo: x'), { maxLength: 30 }).map((a) => `---\n${a.join('')}\n---\n`),
        ),
        (texto) => {
          const r = leerArchivo('content/convenios/x.md', texto, convenio);
          if (!r.ok) for (const p of r.problemas) expect(p.mensaje.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('validar sobre una carpeta con un convenio mutado sale con 0 o 1 y nunca lanza', () => {
    const c = copia();
    fc.assert(
      fc.property(fc.array(mutacion, { minLength: 1, maxLength: 3 }), (ms) => {
        writeFileSync(join(c, CONVENIO), aplicar(ms));
        const r = validar(['--contenido', c]);
        expect([0, 1]).toContain(r.codigo);
        expect(r.lineas.join('\n')).not.toMatch(/^\s+at /m);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
