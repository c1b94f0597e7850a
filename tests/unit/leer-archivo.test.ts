import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leerArchivo, nombrarCampo } from '../../src/contenido/leer-archivo.ts';
import { formatearProblema } from '../../src/contenido/errores.ts';
import { ente, gobierno } from '../../src/schemas/catalogos.ts';
import { convenio } from '../../src/schemas/convenio.ts';

const FIXTURES = new URL('../fixtures/unit/', import.meta.url);
const VALIDO = readFileSync(new URL('convenio-valido.md', FIXTURES), 'utf8');
const ARCHIVO = 'content/convenios/prueba.md';

/** 1-based line of the first line of `texto` that contains `marca`. */
function lineaDe(texto: string, marca: string): number {
  const i = texto.split('\n').findIndex((l) => l.includes(marca));
  if (i < 0) throw new Error(`the test is wrong: «${marca}» is not in the text`);
  return i + 1;
}

/** Replaces exactly one occurrence, so a typo in a test row fails loudly. */
function cambiar(texto: string, antes: string, despues: string): string {
  if (texto.split(antes).length !== 2) throw new Error(`the test is wrong: «${antes}» must occur exactly once`);
  return texto.replace(antes, despues);
}

describe('leerArchivo: valid files', () => {
  it('reads the front matter and keeps the Markdown body', () => {
    const r = leerArchivo(ARCHIVO, VALIDO, convenio);
    if (!r.ok) expect.fail(r.problemas.map(formatearProblema).join('\n'));
    expect(r.valor.datos.titulo).toMatch(/^Convenio para la Mejora/);
    expect(r.valor.datos.firma.fecha).toBe('2022-10-14'); // a date stays text: YAML does not turn it into a Date
    expect(r.valor.cuerpo.trim()).toBe('# Convenio\n\nTexto completo del convenio.');
  });

  it.each([
    { caso: 'Windows line endings', texto: VALIDO.replaceAll('\n', '\r\n') },
    { caso: 'a byte-order mark', texto: `\uFEFF${VALIDO}` },
  ])('accepts $caso', ({ texto }) => {
    expect(leerArchivo(ARCHIVO, texto, convenio).ok).toBe(true);
  });
});

interface Malo {
  caso: string;
  texto: string;
  /** Text on the line the problem must point at. */
  en: string;
  campo: string;
  mensaje: RegExp;
}

describe('leerArchivo: each bad input names the file, the line and the field, and says what was expected', () => {
  it.each<Malo>([
    {
      caso: 'an impossible date (30 February)',
      texto: cambiar(VALIDO, 'fecha_comprometida: 2022-12\n', 'fecha_comprometida: 2021-02-30\n'),
      en: 'fecha_comprometida: 2021-02-30',
      campo: 'compromisos[0].fecha_comprometida',
      mensaje: /^fecha imposible o mal escrita: «2021-02-30» \(se esperaba AAAA-MM-DD, o AAAA-MM/,
    },
    {
      caso: 'month 13',
      texto: cambiar(VALIDO, 'fecha_comprometida: 2022-12\n', 'fecha_comprometida: 2022-13\n'),
      en: 'fecha_comprometida: 2022-13',
      campo: 'compromisos[0].fecha_comprometida',
      mensaje: /^fecha imposible o mal escrita: «2022-13» \(se esperaba/,
    },
    {
      caso: 'month 13 in a signing date',
      texto: cambiar(VALIDO, 'fecha: 2022-10-14', 'fecha: 2022-13-14'),
      en: 'fecha: 2022-13-14',
      campo: 'firma.fecha',
      mensaje: /^fecha imposible o mal escrita: «2022-13-14» \(se esperaba una fecha real AAAA-MM-DD\)$/,
    },
    {
      caso: 'a wrong type (pae: "dos mil")',
      texto: cambiar(VALIDO, 'pae: 2022', 'pae: "dos mil"'),
      en: 'pae: "dos mil"',
      campo: 'pae',
      mensaje: /^se esperaba un año de cuatro cifras, sin comillas$/,
    },
    {
      // A missing field has no line of its own: it points at its parent block (firma's first line).
      caso: 'a missing required field (firma.fecha)',
      texto: cambiar(VALIDO, '  fecha: 2022-10-14\n', ''),
      en: '  lugar: Cuautitlán Izcalli',
      campo: 'firma.fecha',
      mensaje: /^se esperaba una fecha AAAA-MM-DD/,
    },
    {
      caso: 'an evidence link with javascript:',
      texto: cambiar(VALIDO, 'https://example.gob.mx/avance.pdf', 'javascript:alert(1)'),
      en: 'javascript:alert(1)',
      campo: 'compromisos[0].seguimiento[0].evidencias[0].url',
      mensaje: /^enlace no válido: «javascript:alert\(1\)» \(se esperaba una dirección http:\/\/ o https:\/\/\)$/,
    },
    {
      caso: 'an unknown report status',
      texto: cambiar(VALIDO, 'estado: en_proceso', 'estado: en proceso'),
      en: 'estado: en proceso',
      campo: 'compromisos[0].seguimiento[0].estado',
      mensaje: /^estado desconocido: «en proceso» \(se esperaba en_proceso, atendido, no_atendido, cancelado, fusionado o dado_de_baja\)$/,
    },
    {
      caso: 'bad YAML syntax (an unclosed quote)',
      texto: cambiar(VALIDO, 'evaluacion: Evaluación Específica de Desempeño', 'evaluacion: "Evaluación Específica de Desempeño'),
      en: 'evaluacion: "Evaluación',
      campo: '(sintaxis YAML)',
      mensaje: /falta cerrar unas comillas/,
    },
    {
      caso: 'a key written twice',
      texto: cambiar(VALIDO, 'pae: 2022\n', 'pae: 2022\npae: 2023\n'),
      en: 'pae: 2023',
      campo: '(sintaxis YAML)',
      mensaje: /este campo aparece dos veces/,
    },
    {
      caso: 'a Markdown file without front matter',
      texto: '# Convenio\n\nTexto completo del convenio.\n',
      en: '# Convenio',
      campo: '(encabezado)',
      mensaje: /^falta el encabezado YAML entre dos líneas «---» al inicio del archivo$/,
    },
    {
      caso: 'front matter never closed',
      texto: cambiar(VALIDO, '---\n\n# Convenio', '\n# Convenio'),
      en: '---',
      campo: '(encabezado)',
      mensaje: /^falta el encabezado YAML/,
    },
  ])('$caso', ({ texto, en, campo, mensaje }) => {
    const r = leerArchivo(ARCHIVO, texto, convenio);
    if (r.ok) expect.fail('accepted');
    expect(r.problemas).toHaveLength(1);
    const [p] = r.problemas;
    expect(p).toMatchObject({ archivo: ARCHIVO, linea: lineaDe(texto, en), campo });
    expect(p!.mensaje).toMatch(mensaje);
    expect(formatearProblema(p!)).toBe(`${ARCHIVO}:${p!.linea}: ${campo}: ${p!.mensaje}`);
  });
});

describe('leerArchivo: an unknown field (a typo) points at the line of the typo', () => {
  it.each([
    { caso: 'at the top level', antes: 'pae: 2022\n', despues: 'pae: 2022\npea: 2022\n', typo: 'pea' },
    { caso: 'inside firma', antes: '  ejemplares: 4\n', despues: '  ejemplares: 4\n  lugr: Toluca\n', typo: 'lugr' },
    {
      caso: 'inside a commitment',
      antes: '    fecha_comprometida: 2022-12-31\n',
      despues: '    fecha_comprometida: 2022-12-31\n    acion: Publicar\n',
      typo: 'acion',
    },
  ])('$caso ($typo)', ({ antes, despues, typo }) => {
    const texto = cambiar(VALIDO, antes, despues);
    const r = leerArchivo(ARCHIVO, texto, convenio);
    if (r.ok) expect.fail('accepted');
    expect(r.problemas).toHaveLength(1);
    const [p] = r.problemas;
    expect(p!.archivo).toBe(ARCHIVO);
    expect(p!.mensaje).toBe(`campo no reconocido: ${typo} (revise la ortografía)`);
    const linea = texto.split('\n').findIndex((l) => l.trimStart().startsWith(`${typo}:`)) + 1;
    expect(p!.linea, `the typo is on line ${linea}`).toBe(linea);
  });
});

describe('leerArchivo: YAML syntax errors are explained in Spanish', () => {
  it.each([
    { caso: 'an unclosed quote', antes: 'evaluacion: Evaluación', despues: 'evaluacion: "Evaluación' },
    { caso: 'a key written twice', antes: 'pae: 2022\n', despues: 'pae: 2022\npae: 2023\n' },
    { caso: 'an unclosed flow list', antes: '  disposicion: Vigésimo Tercero', despues: '  disposicion: [Vigésimo, Tercero' },
  ])('$caso', ({ antes, despues }) => {
    const r = leerArchivo(ARCHIVO, cambiar(VALIDO, antes, despues), convenio);
    if (r.ok) expect.fail('accepted');
    for (const p of r.problemas) {
      // The yaml library's own messages are English ("Missing closing "quote", "Map keys must be unique"…).
      expect(p.mensaje).not.toMatch(/\b(Missing|must|keys|quote|collection|indented|Unexpected|Implicit)\b/);
    }
  });
});

describe('leerArchivo: other cases', () => {
  it('reports every problem in a file, each on its own line', () => {
    const texto = cambiar(
      cambiar(VALIDO, 'pae: 2022', 'pae: "dos mil"'),
      'fecha_comprometida: 2022-12-31',
      'fecha_comprometida: 2022-12-32',
    );
    const r = leerArchivo(ARCHIVO, texto, convenio);
    if (r.ok) expect.fail('accepted');
    expect(r.problemas.map((p) => [p.campo, p.linea])).toEqual([
      ['pae', lineaDe(texto, 'pae:')],
      ['compromisos[1].fecha_comprometida', lineaDe(texto, '2022-12-32')],
    ]);
  });

  it('counts lines the same with Windows line endings', () => {
    const texto = cambiar(VALIDO, 'fecha_comprometida: 2022-12\n', 'fecha_comprometida: 2021-02-30\n');
    const r = leerArchivo(ARCHIVO, texto.replaceAll('\n', '\r\n'), convenio);
    if (r.ok) expect.fail('accepted');
    expect(r.problemas[0]!.linea).toBe(lineaDe(texto, '2021-02-30'));
  });

  it.each([
    {
      caso: 'an ente whose gobierno is not an id',
      esquema: ente,
      texto: 'nombre: ISSEMYM\ngobierno: Estado de México\n',
      linea: 2,
      campo: 'gobierno',
      mensaje: /^identificador no válido: «Estado de México»/,
    },
    {
      caso: 'a government with an unknown level',
      esquema: gobierno,
      texto: 'nombre: Gobierno X\n\nnivel: regional\n',
      linea: 3,
      campo: 'nivel',
      mensaje: /^nivel desconocido/,
    },
    { caso: 'an empty YAML file', esquema: gobierno, texto: '', linea: undefined, campo: 'nombre', mensaje: /se esperaba un texto/ },
  ])('YAML files (no front matter): $caso', ({ esquema, texto, linea, campo, mensaje }) => {
    const r = leerArchivo('content/entes/x.yaml', texto, esquema);
    if (r.ok) expect.fail('accepted');
    expect(r.problemas[0]).toMatchObject({ archivo: 'content/entes/x.yaml', linea, campo, mensaje: expect.stringMatching(mensaje) });
  });

  it.each([
    { ruta: [], campo: '(archivo completo)' },
    { ruta: ['pae'], campo: 'pae' },
    { ruta: ['firma', 'fecha'], campo: 'firma.fecha' },
    { ruta: ['compromisos', 0, 'seguimiento', 2, 'evidencias', 1, 'url'], campo: 'compromisos[0].seguimiento[2].evidencias[1].url' },
  ])('nombrarCampo($ruta) → $campo', ({ ruta, campo }) => {
    expect(nombrarCampo(ruta)).toBe(campo);
  });
});

describe('leerArchivo: one syntax message per line', () => {
  it('a tab in the indentation gives one message on its line, not the parser stumbling again on the same line', () => {
    const texto = cambiar(VALIDO, '  lugar:', '\tlugar:');
    const r = leerArchivo(ARCHIVO, texto, convenio);
    if (r.ok) return expect.fail('se esperaba un error de sintaxis');
    expect(r.problemas.map((p) => `${p.linea} ${p.campo}`)).toEqual([`${lineaDe(texto, '\tlugar:')} (sintaxis YAML)`]);
    expect(r.problemas[0]!.mensaje).toMatch(/tabulador/);
  });

  it('errors on different lines are all kept', () => {
    const texto = cambiar(cambiar(VALIDO, '  lugar:', '\tlugar:'), 'pae: 2022', 'pae: [2022');
    const r = leerArchivo(ARCHIVO, texto, convenio);
    if (r.ok) return expect.fail('se esperaba un error de sintaxis');
    const lineas = r.problemas.map((p) => p.linea);
    expect(new Set(lineas).size).toBe(lineas.length);
    expect(lineas.length).toBeGreaterThan(1);
  });
});
