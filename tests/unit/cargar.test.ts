import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { ErrorDeContenido } from '../../src/contenido/errores.ts';

const FIXTURES = new URL('../fixtures/unit/', import.meta.url);
const fixture = (nombre: string) => readFileSync(new URL(nombre, FIXTURES), 'utf8');
const VALIDO = fixture('convenio-valido.md');

const PDF = '%PDF-1.4 convenio firmado (prueba)\n';
const SHA_PDF = createHash('sha256').update(PDF).digest('hex');
const CON_ARCHIVO = VALIDO.replace('  url: https://example.gob.mx/convenio.pdf\n', `  archivo: convenio.pdf\n  sha256: ${SHA_PDF}\n`);

function cambiar(texto: string, antes: string, despues: string): string {
  if (texto.split(antes).length !== 2) throw new Error(`the test is wrong: «${antes}» must occur exactly once`);
  return texto.replace(antes, despues);
}

const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A content folder in a fresh temporary directory: the valid catalogue plus `extra` files (null leaves one out). */
function carpeta(extra: Record<string, string | null> = {}): string {
  const raiz = mkdtempSync(join(tmpdir(), 'convenios-abiertos-'));
  temporales.push(raiz);
  const archivos: Record<string, string | null> = {
    'gobiernos/cuautitlan-izcalli.yaml': fixture('gobierno.yaml'),
    'entes/defensoria-cuautitlan-izcalli.yaml': fixture('ente.yaml'),
    'entes/implan-cuautitlan-izcalli.yaml': 'nombre: Instituto Municipal de Planeación\nsiglas: IMPLAN\ngobierno: cuautitlan-izcalli\n',
    'programas/derechos-humanos.yaml': fixture('programa.yaml'),
    'documentos/convenio.pdf': PDF,
    'convenios/derechos-humanos-2022.md': CON_ARCHIVO,
    ...extra,
  };
  for (const [ruta, texto] of Object.entries(archivos)) {
    if (texto === null) continue;
    mkdirSync(join(raiz, dirname(ruta)), { recursive: true });
    writeFileSync(join(raiz, ruta), texto);
  }
  return raiz;
}

const DUPLICADO = /es el mismo convenio dos veces/;

/**
 * cargarContenido's problems as "path-inside-the-folder campo", after checking each path is cwd-relative.
 * The cases below copy the valid convenio and change one thing, so every copy is also a duplicate of it:
 * those messages are left out unless `duplicados` asks for them (they have their own tests).
 */
function problemasDe(raiz: string, { duplicados = false } = {}): { clave: string; mensaje: string; linea?: number }[] {
  try {
    cargarContenido(raiz);
  } catch (e) {
    if (!(e instanceof ErrorDeContenido)) throw e;
    return e.problemas
      .filter((p) => duplicados || !DUPLICADO.test(p.mensaje))
      .map((p) => {
        const dentro = relative(raiz, join(process.cwd(), p.archivo));
        expect(p.archivo, 'names the file relative to the working directory').toBe(relative(process.cwd(), join(raiz, dentro)));
        expect(e.message).toContain(`${p.campo}: ${p.mensaje}`);
        return { clave: `${dentro} ${p.campo}`, mensaje: p.mensaje, linea: p.linea };
      });
  }
  return expect.fail('expected ErrorDeContenido');
}

describe('cargarContenido: a valid folder', () => {
  it('reads every collection, with ids from file names, data and body', () => {
    const raiz = carpeta({
      'convenios/_borrador.md': 'no es un convenio',
      'convenios/.DS_Store': 'basura',
      'convenios/a-primero-2021.md': cambiar(VALIDO, 'pae: 2022', 'pae: 2021'),
    });
    const c = cargarContenido(raiz);
    expect(c.convenios.map((e) => e.id)).toEqual(['a-primero-2021', 'derechos-humanos-2022']);
    expect(c.entes.map((e) => e.id)).toEqual(['defensoria-cuautitlan-izcalli', 'implan-cuautitlan-izcalli']);
    expect(c.gobiernos.map((e) => e.id)).toEqual(['cuautitlan-izcalli']);
    expect(c.programas.map((e) => [e.id, e.datos.clave])).toEqual([['derechos-humanos', '01020401']]);
    const convenio = c.convenios[1]!;
    expect(convenio.archivo).toBe(relative(process.cwd(), join(raiz, 'convenios/derechos-humanos-2022.md')));
    if (convenio.datos.tipo === 'seguimiento_federal') throw new Error('se esperaba un convenio');
    expect(convenio.datos.documento_fuente.sha256).toBe(SHA_PDF);
    expect(convenio.cuerpo).toContain('Texto completo del convenio.');
  });
});

describe('cargarContenido: problems', () => {
  it.each<{ caso: string; archivos: Record<string, string | null>; claves: string[]; mensaje: RegExp }>([
    {
      caso: 'a reference to an unknown ente',
      archivos: { 'convenios/c.md': cambiar(VALIDO, 'ente: defensoria-cuautitlan-izcalli', 'ente: defensoria-izcalli') },
      claves: ['convenios/c.md partes[1].ente'],
      mensaje: /^«defensoria-izcalli» no existe \(se esperaba el nombre de un archivo de content\/entes\/, sin extensión\)$/,
    },
    {
      caso: 'a reference to an unknown programa',
      archivos: { 'convenios/c.md': cambiar(VALIDO, 'programa: derechos-humanos', 'programa: derechos-humano') },
      claves: ['convenios/c.md programa'],
      mensaje: /^«derechos-humano» no existe \(se esperaba .*content\/programas\//,
    },
    {
      caso: 'a reference to an unknown gobierno',
      archivos: { 'convenios/c.md': cambiar(VALIDO, 'gobierno: cuautitlan-izcalli', 'gobierno: izcalli') },
      claves: ['convenios/c.md gobierno'],
      mensaje: /^«izcalli» no existe .*content\/gobiernos\//,
    },
    {
      caso: 'an ente of an unknown gobierno',
      archivos: { 'entes/otro.yaml': 'nombre: Otro ente\ngobierno: edomex\n' },
      claves: ['entes/otro.yaml gobierno'],
      mensaje: /^«edomex» no existe/,
    },
    {
      caso: 'a duplicated compromiso id',
      archivos: { 'convenios/c.md': cambiar(VALIDO, '  - id: c2\n', '  - id: c1\n') },
      claves: ['convenios/c.md compromisos[1].id'],
      mensaje: /^el id «c1» se repite \(se esperaba un id distinto para cada compromiso/,
    },
    {
      caso: 'no sujeto evaluado among the parties',
      archivos: { 'convenios/c.md': cambiar(VALIDO, 'rol: sujeto_evaluado', 'rol: control_interno') },
      claves: ['convenios/c.md partes'],
      mensaje: /^ninguna parte tiene rol sujeto_evaluado/,
    },
    {
      caso: 'a documento_fuente whose sha256 does not match',
      archivos: { 'convenios/c.md': cambiar(CON_ARCHIVO, SHA_PDF, 'f'.repeat(64)) },
      claves: ['convenios/c.md documento_fuente.sha256'],
      mensaje: new RegExp(`^no coincide con el archivo \\(se esperaba ${SHA_PDF}\\)$`),
    },
    {
      caso: 'a documento_fuente file that does not exist',
      archivos: { 'convenios/c.md': cambiar(CON_ARCHIVO, 'archivo: convenio.pdf', 'archivo: otro.pdf') },
      claves: ['convenios/c.md documento_fuente.archivo'],
      mensaje: /^no existe .*documentos\/otro\.pdf \(se esperaba el documento en content\/documentos\/\)$/,
    },
    {
      caso: 'a documento_fuente archivo ".." (a folder): reported, not a crash',
      archivos: { 'convenios/c.md': cambiar(CON_ARCHIVO, 'archivo: convenio.pdf', 'archivo: ..') },
      claves: ['convenios/c.md documento_fuente.archivo'],
      mensaje: /se esperaba/,
    },
    {
      caso: 'a file name that is not a stable id',
      archivos: { 'convenios/Convenio 2022.md': VALIDO },
      claves: ['convenios/Convenio 2022.md (nombre de archivo)'],
      mensaje: /no sirve como dirección estable \(se esperaba minúsculas/,
    },
    {
      caso: 'a file with the wrong extension',
      archivos: { 'entes/issemym.yml': 'nombre: ISSEMYM\ngobierno: cuautitlan-izcalli\n' },
      claves: ['entes/issemym.yml (nombre de archivo)'],
      mensaje: /^extensión no reconocida \(se esperaba un archivo \.yaml\)$/,
    },
    {
      caso: 'a missing collection folder',
      archivos: { 'programas/derechos-humanos.yaml': null },
      claves: ['programas (carpeta)', 'convenios/derechos-humanos-2022.md programa'],
      mensaje: /^no existe \(se esperaba una carpeta/,
    },
  ])('$caso', ({ archivos, claves, mensaje }) => {
    const problemas = problemasDe(carpeta(archivos));
    expect(problemas.map((p) => p.clave)).toEqual(claves);
    expect(problemas[0]!.mensaje).toMatch(mensaje);
  });

  it('reports all problems together, each in its own file, none dropped', () => {
    const raiz = carpeta({
      'convenios/ente-desconocido.md': cambiar(VALIDO, 'ente: implan-cuautitlan-izcalli', 'ente: implan'),
      'convenios/programa-desconocido.md': cambiar(VALIDO, 'programa: derechos-humanos', 'programa: derechos'),
      'convenios/id-repetido.md': cambiar(VALIDO, '  - id: c2\n', '  - id: c1\n'),
      'convenios/hash-erroneo.md': cambiar(CON_ARCHIVO, SHA_PDF, '0'.repeat(64)),
      'convenios/fecha-imposible.md': cambiar(VALIDO, 'fecha_comprometida: 2022-12-31', 'fecha_comprometida: 2022-02-30'),
      'convenios/varios.md': cambiar(
        cambiar(VALIDO, 'ente: defensoria-cuautitlan-izcalli', 'ente: defensoria'),
        'programa: derechos-humanos',
        'programa: dh',
      ),
      'entes/huerfano.yaml': 'nombre: Ente huérfano\ngobierno: gobierno-inexistente\n',
    });
    const problemas = problemasDe(raiz);
    expect(problemas.map((p) => p.clave).sort()).toEqual(
      [
        'convenios/ente-desconocido.md partes[0].ente',
        'convenios/programa-desconocido.md programa',
        'convenios/id-repetido.md compromisos[1].id',
        'convenios/hash-erroneo.md documento_fuente.sha256',
        'convenios/fecha-imposible.md compromisos[1].fecha_comprometida',
        'convenios/varios.md programa',
        'convenios/varios.md partes[1].ente',
        'entes/huerfano.yaml gobierno',
      ].sort(),
    );
    const fecha = problemas.find((p) => p.clave.startsWith('convenios/fecha-imposible.md'))!;
    expect(fecha.linea).toBe(VALIDO.split('\n').findIndex((l) => l.includes('fecha_comprometida: 2022-12-31')) + 1);
  });

  it('the error message counts the problems in Spanish', () => {
    const raiz = carpeta({ 'convenios/c.md': cambiar(VALIDO, 'programa: derechos-humanos', 'programa: x') });
    expect(() => cargarContenido(raiz)).toThrow(
      /^Hay 1 problema en el contenido; corríjalos y vuelva a construir:\n {2}.*convenios\/c\.md: programa: «x» no existe/,
    );
  });
});

describe('cargarContenido: encoding, duplicates and messages that follow from another', () => {
  /** Writes raw bytes over one file of a valid folder. */
  function conBytes(ruta: string, bytes: Uint8Array, extra: Record<string, string | null> = {}): string {
    const raiz = carpeta(extra);
    writeFileSync(join(raiz, ruta), bytes);
    return raiz;
  }
  const latin1 = (t: string) => Uint8Array.from([...t].map((c) => c.codePointAt(0)!));

  it.each<[string, string, Uint8Array, string, number | undefined, RegExp]>([
    [
      'a Windows-1252 ente',
      'entes/implan-cuautitlan-izcalli.yaml',
      latin1('nombre: Instituto Municipal de Planeación\ngobierno: cuautitlan-izcalli\n'),
      'entes/implan-cuautitlan-izcalli.yaml (codificación)',
      1,
      /parece Windows-1252 .*«nombre: Instituto Municipal de Planeación»/,
    ],
    [
      'a UTF-16 programa',
      'programas/derechos-humanos.yaml',
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nombre: Derechos Humanos\n', 'utf16le')])),
      'programas/derechos-humanos.yaml (codificación)',
      1,
      /UTF-16/,
    ],
    [
      'an empty convenio',
      'convenios/derechos-humanos-2022.md',
      new Uint8Array(),
      'convenios/derechos-humanos-2022.md (codificación)',
      1,
      /vacío/,
    ],
    [
      'a PDF saved as a convenio',
      'convenios/derechos-humanos-2022.md',
      new TextEncoder().encode(PDF),
      'convenios/derechos-humanos-2022.md (codificación)',
      undefined,
      /es un PDF/,
    ],
  ])('%s: one message, and nothing about the files that refer to it', (_caso, ruta, bytes, clave, linea, mensaje) => {
    const problemas = problemasDe(conBytes(ruta, bytes));
    expect(problemas.map((p) => p.clave)).toEqual([clave]);
    expect(problemas[0]!.linea).toBe(linea);
    expect(problemas[0]!.mensaje).toMatch(mensaje);
  });

  it('a UTF-8 file with a byte order mark reads as if it had none', () => {
    const raiz = conBytes(
      'entes/implan-cuautitlan-izcalli.yaml',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode('nombre: Instituto Municipal de Planeación\ngobierno: cuautitlan-izcalli\n'),
      ]),
    );
    expect(cargarContenido(raiz).entes.find((e) => e.id === 'implan-cuautitlan-izcalli')!.datos.nombre).toBe(
      'Instituto Municipal de Planeación',
    );
  });

  it('a copy of a convenio under another name: one error at the hash line, naming both files', () => {
    const raiz = carpeta({ 'convenios/zz-copia.md': CON_ARCHIVO });
    const problemas = problemasDe(raiz, { duplicados: true });
    expect(problemas.map((p) => p.clave)).toEqual(['convenios/zz-copia.md documento_fuente.sha256']);
    expect(problemas[0]!.linea).toBe(CON_ARCHIVO.split('\n').findIndex((l) => l.startsWith('  sha256:')) + 1);
    expect(problemas[0]!.mensaje).toContain(relative(process.cwd(), join(raiz, 'convenios/derechos-humanos-2022.md')));
  });

  it('a second ente with the same name and government, under another id', () => {
    const raiz = carpeta({
      'entes/zz-defensoria.yaml': fixture('ente.yaml')
        .toUpperCase()
        .replace('GOBIERNO: CUAUTITLAN-IZCALLI', 'gobierno: cuautitlan-izcalli')
        .replace(/^NOMBRE:/m, 'nombre:')
        .replace(/^SIGLAS:/m, 'siglas:'),
    });
    const problemas = problemasDe(raiz, { duplicados: true });
    expect(problemas.map((p) => p.clave)).toEqual(['entes/zz-defensoria.yaml nombre']);
    expect(problemas[0]!.mensaje).toMatch(
      /ya es el ente «defensoria-cuautitlan-izcalli» .*conserve «defensoria-cuautitlan-izcalli», que usan los convenios/,
    );
  });

  it('a reference to a file that failed to read is not reported again', () => {
    const raiz = carpeta({ 'gobiernos/cuautitlan-izcalli.yaml': 'nombre: [Cuautitlán\n' });
    expect(problemasDe(raiz).map((p) => p.clave)).toEqual(['gobiernos/cuautitlan-izcalli.yaml (sintaxis YAML)']);
  });
});
