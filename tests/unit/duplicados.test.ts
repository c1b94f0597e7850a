import { describe, expect, it } from 'vitest';
import { buscarDuplicados, normalizarNombre, type ContenidoComparable } from '../../src/lib/duplicados.ts';
import type { Documento } from '../../src/schemas/documento.ts';
import type { SeguimientoFederal } from '../../src/schemas/seguimiento-federal.ts';
import type { Ente, Programa } from '../../src/schemas/catalogos.ts';
import { compromiso, convenio, parte } from './fabrica.ts';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const cv = (id: string, datos: Documento) => ({ id, archivo: `content/convenios/${id}.md`, datos });
const en = (id: string, datos: Ente) => ({ id, archivo: `content/entes/${id}.yaml`, datos });
const pr = (id: string, datos: Programa) => ({ id, archivo: `content/programas/${id}.yaml`, datos });
const conSha = (sha: string, extra: Parameters<typeof convenio>[0] = {}) =>
  convenio({ documento_fuente: { archivo: 'c.pdf', sha256: sha }, ...extra });

function federal(asm: string[], extra: Partial<SeguimientoFederal> = {}): SeguimientoFederal {
  return {
    tipo: 'seguimiento_federal',
    titulo: 'ASM de prueba',
    gobierno: 'federal',
    ente: 'conagua',
    programa: 'federal-16-e006',
    ramo: { clave: '16' },
    fuente: { conjunto: 'ASM (datos abiertos)', editor: 'SHCP', periodos: ['01T2017'] },
    compromisos: asm.map(
      (id_asm, i) =>
        ({
          id: `k${i}`,
          id_asm,
          aspecto: 'Aspecto',
          seguimiento: [],
          tipo_mejora: [],
          temas: [],
        }) as unknown as SeguimientoFederal['compromisos'][number],
    ),
    ...extra,
  };
}

const vacio: ContenidoComparable = { convenios: [], entes: [], programas: [] };
const pares = (c: Partial<ContenidoComparable>) =>
  buscarDuplicados({ ...vacio, ...c }).map((d) => `${d.archivo} ${d.ruta.join('.')} ← ${d.original}`);

describe('normalizarNombre', () => {
  it.each([
    ['Instituto de Seguridad Social del Estado de México y Municipios', 'instituto de seguridad social del estado de mexico y municipios'],
    [
      '  INSTITUTO   DE SEGURIDAD SOCIAL DEL ESTADO DE MEXICO Y MUNICIPIOS. ',
      'instituto de seguridad social del estado de mexico y municipios',
    ],
    ['Secretaría de Finanzas', 'secretaria de finanzas'],
    ['Secretari\u0301a de Finanzas', 'secretaria de finanzas'],
    ['Niñez, Adolescencia y Familia (DIF)', 'ninez adolescencia y familia dif'],
    ['Programa «01020401»', 'programa 01020401'],
  ])('%s → %s', (nombre, normalizado) => {
    expect(normalizarNombre(nombre)).toBe(normalizado);
  });
});

describe('buscarDuplicados: convenios', () => {
  it.each<[string, ContenidoComparable['convenios'], string[]]>([
    [
      'dos archivos con el mismo SHA-256',
      [cv('a', conSha(SHA_A)), cv('b', conSha(SHA_A, { pae: 2019 }))],
      ['content/convenios/b.md documento_fuente.sha256 ← content/convenios/a.md'],
    ],
    [
      'mismo ente evaluado, programa, PAE y evaluación (con otra mayúscula y sin acento)',
      [cv('a', convenio()), cv('b', convenio({ evaluacion: 'EVALUACION especifica de desempeño' }))],
      ['content/convenios/b.md programa ← content/convenios/a.md'],
    ],
    [
      'copia exacta: un solo mensaje, por el documento',
      [cv('a', conSha(SHA_A)), cv('b', conSha(SHA_A))],
      ['content/convenios/b.md documento_fuente.sha256 ← content/convenios/a.md'],
    ],
    [
      'tres copias: dos mensajes, ambos contra el primero',
      [cv('a', conSha(SHA_A)), cv('b', conSha(SHA_A)), cv('c', conSha(SHA_A))],
      [
        'content/convenios/b.md documento_fuente.sha256 ← content/convenios/a.md',
        'content/convenios/c.md documento_fuente.sha256 ← content/convenios/a.md',
      ],
    ],
    ['otro PAE: distintos', [cv('a', convenio()), cv('b', convenio({ pae: 2021 }))], []],
    ['otra evaluación: distintos', [cv('a', convenio()), cv('b', convenio({ evaluacion: 'Evaluación de Procesos' }))], []],
    ['otro programa: distintos', [cv('a', convenio()), cv('b', convenio({ programa: 'otro' }))], []],
    [
      'otro ente evaluado: distintos',
      [
        cv('a', convenio()),
        cv('b', convenio({ partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'otro')] })),
      ],
      [],
    ],
    [
      'mismo ente como coordinadora en dos convenios de distintos evaluados: distintos',
      [
        cv('a', convenio()),
        cv('b', convenio({ partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'dif')] })),
      ],
      [],
    ],
    ['distinto SHA-256 y distintos datos', [cv('a', conSha(SHA_A)), cv('b', conSha(SHA_B, { pae: 2020 }))], []],
    [
      'sólo URL, sin archivo: se comparan los datos',
      [cv('a', convenio()), cv('b', convenio({ documento_fuente: { url: 'https://otro.gob.mx/x.pdf' } }))],
      ['content/convenios/b.md programa ← content/convenios/a.md'],
    ],
  ])('%s', (_caso, convenios, esperado) => {
    expect(pares({ convenios })).toEqual(esperado);
  });

  it('el mensaje nombra ambos archivos y dice qué pasaría y qué hacer', () => {
    const [d] = buscarDuplicados({ ...vacio, convenios: [cv('a', conSha(SHA_A)), cv('b', conSha(SHA_A))] });
    expect(d!.mensaje).toMatch(
      /^cita el mismo documento firmado \(SHA-256 aaaaaaaaaaaa…\) que content\/convenios\/a\.md: es el mismo convenio dos veces y sus compromisos se contarían dos veces .*\(se esperaba un solo archivo por convenio: conserve uno y borre el otro\)$/,
    );
  });
});

describe('buscarDuplicados: seguimientos federales', () => {
  it.each<[string, ContenidoComparable['convenios'], string[]]>([
    [
      'dos documentos de una misma publicación de la SHCP no son duplicados',
      [cv('f1', federal(['16e006_01'])), cv('f2', federal(['16e006_02'], { ente: 'semarnat' }))],
      [],
    ],
    ['el mismo ente, programa y fuente con otros ID_ASM no son duplicados', [cv('f1', federal(['a_01'])), cv('f2', federal(['a_02']))], []],
    [
      'el mismo ID_ASM en dos documentos',
      [cv('f1', federal(['a_01', 'a_02'])), cv('f2', federal(['a_03', 'a_02']))],
      ['content/convenios/f2.md compromisos.1.id_asm ← content/convenios/f1.md'],
    ],
    [
      'el mismo ID_ASM dos veces en un documento',
      [cv('f1', federal(['a_01', 'a_01']))],
      ['content/convenios/f1.md compromisos.1.id_asm ← content/convenios/f1.md'],
    ],
    [
      'un seguimiento federal no se compara con un convenio',
      [cv('c', convenio()), cv('f', federal(['a_01'], { ente: 'issemym', programa: 'prestaciones-potestativas' }))],
      [],
    ],
  ])('%s', (_caso, convenios, esperado) => {
    expect(pares({ convenios })).toEqual(esperado);
  });

  it('el mensaje dice dónde estaba el ID_ASM', () => {
    const [d] = buscarDuplicados({ ...vacio, convenios: [cv('f1', federal(['a_01'])), cv('f2', federal(['a_01']))] });
    expect(d!.mensaje).toMatch(/^el ID_ASM «a_01» ya está en content\/convenios\/f1\.md \(compromisos\[0\]\)/);
  });
});

describe('buscarDuplicados: entes y programas', () => {
  const issemym: Ente = {
    nombre: 'Instituto de Seguridad Social del Estado de México y Municipios',
    siglas: 'ISSEMYM',
    gobierno: 'estado-de-mexico',
  };
  it.each<[string, ContenidoComparable['entes'], string[]]>([
    [
      'mismo nombre y gobierno con otro id',
      [en('issemym', issemym), en('instituto', { ...issemym, siglas: undefined })],
      ['content/entes/instituto.yaml nombre ← content/entes/issemym.yaml'],
    ],
    [
      'mismo nombre con otras mayúsculas, acentos y espacios',
      [en('issemym', issemym), en('x', { ...issemym, nombre: 'INSTITUTO DE SEGURIDAD SOCIAL DEL ESTADO DE MEXICO  Y MUNICIPIOS' })],
      ['content/entes/x.yaml nombre ← content/entes/issemym.yaml'],
    ],
    [
      'mismo nombre en otro gobierno: distintos (cada municipio tiene su Tesorería)',
      [
        en('tesoreria-a', { nombre: 'Tesorería Municipal', gobierno: 'a' }),
        en('tesoreria-b', { nombre: 'Tesorería Municipal', gobierno: 'b' }),
      ],
      [],
    ],
    [
      'nombres distintos: distintos',
      [en('issemym', issemym), en('isem', { ...issemym, nombre: 'Instituto de Salud del Estado de México' })],
      [],
    ],
  ])('%s', (_caso, entes, esperado) => {
    expect(pares({ entes })).toEqual(esperado);
  });

  it('aconseja conservar el id que usan los convenios', () => {
    const convenios = [cv('c', convenio({ partes: [parte('coordinadora', 'sf'), parte('sujeto_evaluado', 'issemym')] }))];
    const [d] = buscarDuplicados({ ...vacio, convenios, entes: [en('instituto', issemym), en('issemym', issemym)] });
    expect(d!.archivo).toBe('content/entes/issemym.yaml');
    expect(d!.mensaje).toMatch(
      /\(se esperaba un solo archivo por ente: conserve «issemym», que usan los convenios, y borre «instituto»\)$/,
    );
  });

  const estatal = 'Estructura programática del Gobierno del Estado de México';
  const municipal = 'Estructura programática municipal del Estado de México';
  it.each<[string, ContenidoComparable['programas'], string[]]>([
    [
      'mismo nombre y estructura con otro id',
      [
        pr('a', { nombre: 'Prestaciones potestativas', estructura: estatal }),
        pr('b', { nombre: 'PRESTACIONES  POTESTATIVAS', estructura: estatal }),
      ],
      ['content/programas/b.yaml nombre ← content/programas/a.yaml'],
    ],
    [
      'misma clave en la misma estructura con otro nombre',
      [
        pr('a', { clave: '01020401', nombre: 'Derechos Humanos', estructura: municipal }),
        pr('b', { clave: '01020401', nombre: 'Derechos humanos y no discriminación', estructura: municipal }),
      ],
      ['content/programas/b.yaml clave ← content/programas/a.yaml'],
    ],
    [
      'misma clave en otra estructura (ramo federal distinto): distintos',
      [
        pr('a', { clave: 'E001', nombre: 'Programa A', estructura: 'Estructura programática federal, ramo 4' }),
        pr('b', { clave: 'E001', nombre: 'Programa B', estructura: 'Estructura programática federal, ramo 16' }),
      ],
      [],
    ],
    [
      'mismo nombre con claves distintas: distintos',
      [
        pr('a', { clave: 'E001', nombre: 'Apoyo', estructura: 'federal' }),
        pr('b', { clave: 'E002', nombre: 'Apoyo', estructura: 'federal' }),
      ],
      [],
    ],
    ['misma clave sin estructura: no prueba nada', [pr('a', { clave: '01', nombre: 'Uno' }), pr('b', { clave: '01', nombre: 'Otro' })], []],
    [
      'mismo nombre sin estructura ni clave',
      [pr('a', { nombre: 'Salud' }), pr('b', { nombre: 'salud' })],
      ['content/programas/b.yaml nombre ← content/programas/a.yaml'],
    ],
  ])('%s', (_caso, programas, esperado) => {
    expect(pares({ programas })).toEqual(esperado);
  });

  it('compromisos y datos de prueba de la fábrica no chocan entre sí', () => {
    expect(
      pares({ convenios: [cv('a', convenio({ compromisos: [compromiso('c1', '2022-12-31'), compromiso('c2', '2022-12-31')] }))] }),
    ).toEqual([]);
  });
});
