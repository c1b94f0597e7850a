import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { copiarContenidoCurado } from '../contenido-curado.ts';

// Each case copies the real content, damages one thing, and runs the real `astro build` on it. The
// build must stop with the Spanish message alone: the damaged file (with its line where there is
// one), no stack trace, no internal path, a failing exit status and nothing in the output folder.
// Content is checked before anything else happens, so a refused build takes a few seconds; the
// cases run a few at a time.
const ejecutar = promisify(execFile);
const CONVENIO = 'convenios/edomex-issemym-prestaciones-potestativas-2021.md';
const MUNICIPAL = 'convenios/cuautitlan-izcalli-derechos-humanos-2022.md';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** Replaces `antes` (which must occur) in a file of the copy. */
function editar(carpeta: string, archivo: string, cambiar: (texto: string) => string): void {
  const ruta = join(carpeta, archivo);
  const original = readFileSync(ruta, 'utf8');
  const roto = cambiar(original);
  expect(roto, `el caso debe cambiar ${archivo}`).not.toBe(original);
  writeFileSync(ruta, roto);
}
const reemplazar = (archivo: string, antes: string | RegExp, despues: string) => (c: string) =>
  editar(c, archivo, (t) => t.replace(antes, despues));
const escribir = (archivo: string, contenido: (c: string) => string | Uint8Array) => (c: string) =>
  writeFileSync(join(c, archivo), contenido(c));
const leer = (c: string, archivo: string) => readFileSync(join(c, archivo), 'utf8');

// A small federal follow-up pair, as npm run importar:shcp writes them, that shares one ID_ASM.
const FEDERAL = (titulo: string, id: string) => `---
tipo: seguimiento_federal
titulo: "${titulo}"
gobierno: federal
ente: conagua
programa: federal-16-e006
ramo:
  clave: "16"
evaluacion: Evaluación de Diseño
anio_evaluacion: 2013
fuente:
  conjunto: Seguimiento a los Aspectos Susceptibles de Mejora (datos abiertos)
  editor: SHCP
  periodos:
    - 01T2017
compromisos:
  - id: ${id}
    id_asm: 16e006pdi13_01
    aspecto: Actualizar los instrumentos del Servicio Meteorológico Nacional
    seguimiento:
      - fecha: "2017-03-31"
        estado: en_proceso
        avance: 40
---
`;
function conFederal(c: string): void {
  writeFileSync(join(c, 'gobiernos/federal.yaml'), 'nombre: Gobierno Federal\nnivel: federal\n');
  writeFileSync(join(c, 'entes/conagua.yaml'), 'nombre: Comisión Nacional del Agua\nsiglas: CONAGUA\ngobierno: federal\n');
  writeFileSync(
    join(c, 'programas/federal-16-e006.yaml'),
    'clave: E006\nnombre: Sistemas meteorológicos e hidrológicos\nestructura: Estructura programática federal, ramo 16\n',
  );
  writeFileSync(join(c, 'convenios/federal-16-e006-conagua-diseno-2013.md'), FEDERAL('ASM de CONAGUA: E006, Diseño 2013', 'k1'));
  writeFileSync(join(c, 'convenios/federal-16-e006-conagua-diseno-2014.md'), FEDERAL('ASM de CONAGUA: E006, Diseño 2014', 'k1'));
}

interface Caso {
  /** The file the message must name, inside the content folder. */
  archivo: string;
  /** Its line, where the problem has one. */
  linea?: number | 'alguna';
  romper: (carpeta: string) => void;
  mensaje: RegExp;
  /** Other files the message must name (the other half of a duplicate). */
  tambien?: string[];
  /** What must not appear: a message that only follows from the first one. */
  ausente?: RegExp;
}

const SIN_USO = /ningún convenio usa el (ente|programa) «/;

const CASOS: Record<string, Caso> = {
  'fecha imposible': {
    archivo: CONVENIO,
    linea: 9,
    romper: reemplazar(CONVENIO, 'fecha: "2021-05-17"', 'fecha: "2021-02-30"'),
    mensaje: /firma\.fecha: fecha imposible o mal escrita: «2021-02-30» \(se esperaba una fecha real AAAA-MM-DD\)/,
    ausente: SIN_USO,
  },
  'ente desconocido': {
    archivo: CONVENIO,
    romper: reemplazar(CONVENIO, 'ente: issemym', 'ente: instituto-inexistente'),
    mensaje: /\.md: partes\[2\]\.ente: «instituto-inexistente» no existe \(se esperaba el nombre de un archivo de content\/entes\//,
  },
  'programa desconocido': {
    archivo: CONVENIO,
    romper: reemplazar(CONVENIO, /^programa: .*$/m, 'programa: programa-fantasma'),
    mensaje: /\.md: programa: «programa-fantasma» no existe/,
  },
  'campo obligatorio ausente': {
    archivo: CONVENIO,
    linea: 'alguna',
    romper: reemplazar(CONVENIO, /^pae: .*\n/m, ''),
    mensaje: /\.md:\d+: pae: .*(requerido|se esperaba)/i,
  },
  'título ausente': {
    archivo: CONVENIO,
    linea: 3,
    romper: reemplazar(CONVENIO, /^titulo: .*$/m, 'titulo:'),
    mensaje: /\.md:3: titulo: se esperaba un texto/,
    ausente: SIN_USO,
  },
  'tipo equivocado': {
    archivo: CONVENIO,
    linea: 'alguna',
    romper: reemplazar(CONVENIO, /^pae: .*$/m, 'pae: "dos mil dieciocho"'),
    mensaje: /\.md:\d+: pae: se esperaba un año de cuatro cifras/,
  },
  'campo desconocido': {
    archivo: CONVENIO,
    linea: 'alguna',
    romper: reemplazar(CONVENIO, /^(titulo: .*)$/m, '$1\nsubtitulo: Un campo que no existe'),
    mensaje: /\.md:\d+: \(archivo completo\): campo no reconocido: subtitulo \(revise la ortografía\)/,
  },
  'gobierno desconocido en un ente': {
    archivo: 'entes/issemym.yaml',
    romper: reemplazar('entes/issemym.yaml', /^gobierno: .*$/m, 'gobierno: atlantida'),
    mensaje: /issemym\.yaml: gobierno: «atlantida» no existe/,
  },
  'error de sintaxis YAML': {
    archivo: CONVENIO,
    linea: 'alguna',
    romper: reemplazar(CONVENIO, /^pae: 2018$/m, 'pae: [2018'),
    mensaje: /\.md:\d+: \(sintaxis YAML\): /,
    ausente: SIN_USO,
  },
  'sangría con tabulador': {
    archivo: CONVENIO,
    linea: 10,
    romper: reemplazar(CONVENIO, /^ {2}lugar:/m, '\tlugar:'),
    mensaje: /\.md:10: \(sintaxis YAML\): hay un tabulador en la sangría/,
  },
  'delimitadores del encabezado rotos': {
    archivo: CONVENIO,
    linea: 1,
    romper: reemplazar(CONVENIO, /^---\n/, '--\n'),
    mensaje: /\.md:1: \(encabezado\): falta el encabezado YAML entre dos líneas «---»/,
    ausente: SIN_USO,
  },
  'archivo en Windows-1252': {
    archivo: CONVENIO,
    linea: 2,
    romper: escribir(CONVENIO, (c) => iconv.encode(leer(c, CONVENIO), 'windows-1252')),
    mensaje:
      /\.md:2: \(codificación\): el archivo no está guardado como UTF-8; parece Windows-1252 .*«.*idéntica.*» \(se esperaba UTF-8: .*guárdelo .*«UTF-8»\)/,
  },
  'ente en Windows-1252': {
    archivo: 'entes/issemym.yaml',
    linea: 1,
    romper: escribir('entes/issemym.yaml', (c) => iconv.encode(leer(c, 'entes/issemym.yaml'), 'windows-1252')),
    mensaje: /issemym\.yaml:1: \(codificación\): .*Windows-1252 .*«.*declaración 3\.1.*»/,
    ausente: /«issemym» no existe/,
  },
  'archivo en UTF-16': {
    archivo: 'programas/prestaciones-potestativas-edomex.yaml',
    linea: 1,
    romper: escribir('programas/prestaciones-potestativas-edomex.yaml', (c) =>
      iconv.encode(leer(c, 'programas/prestaciones-potestativas-edomex.yaml'), 'utf-16le', { addBOM: true }),
    ),
    mensaje: /\.yaml:1: \(codificación\): el archivo está guardado como UTF-16/,
    ausente: /no existe/,
  },
  'archivo vacío': {
    archivo: 'entes/issemym.yaml',
    linea: 1,
    romper: escribir('entes/issemym.yaml', () => ''),
    mensaje: /issemym\.yaml:1: \(codificación\): el archivo está vacío/,
    ausente: /«issemym» no existe/,
  },
  'archivo binario': {
    archivo: 'entes/issemym.yaml',
    romper: escribir('entes/issemym.yaml', () => Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256)),
    mensaje: /issemym\.yaml: \(codificación\): el archivo no es texto/,
  },
  'un PDF guardado como convenio': {
    archivo: MUNICIPAL,
    romper: escribir(MUNICIPAL, () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    mensaje: /\.md: \(codificación\): el archivo no es texto: es un PDF/,
    ausente: SIN_USO,
  },
  'carácter de reemplazo guardado': {
    archivo: 'programas/prestaciones-potestativas-edomex.yaml',
    linea: 'alguna',
    romper: reemplazar('programas/prestaciones-potestativas-edomex.yaml', 'potestativas', 'potestat\uFFFDvas'),
    mensaje: /\.yaml:\d+: \(codificación\): el carácter de reemplazo «\uFFFD»/,
  },
  'convenio duplicado con otro nombre': {
    archivo: CONVENIO,
    linea: 18,
    tambien: ['convenios/edomex-copia-2021.md'],
    romper: (c) => cpSync(join(c, CONVENIO), join(c, 'convenios/edomex-copia-2021.md')),
    mensaje: /documento_fuente\.sha256: cita el mismo documento firmado \(SHA-256 91ff2ec43172…\) que .*es el mismo convenio dos veces/,
  },
  'convenio duplicado con otro documento': {
    archivo: 'convenios/zz-issemym-2021.md',
    linea: 'alguna',
    tambien: [CONVENIO],
    romper: (c) =>
      writeFileSync(
        join(c, 'convenios/zz-issemym-2021.md'),
        leer(c, CONVENIO).replace(/^documento_fuente:\n(?: {2}.*\n)+/m, 'documento_fuente:\n  url: https://example.gob.mx/copia.pdf\n'),
      ),
    mensaje: /programa: el mismo ente evaluado \(«issemym»\), programa \(«prestaciones-potestativas-edomex»\), PAE \(2018\) y evaluación/,
  },
  'ente duplicado con otro id': {
    archivo: 'entes/issemym.yaml',
    linea: 2,
    tambien: ['entes/instituto-de-seguridad-social.yaml'],
    romper: escribir(
      'entes/instituto-de-seguridad-social.yaml',
      () => 'nombre: INSTITUTO DE SEGURIDAD SOCIAL DEL ESTADO DE MEXICO  Y MUNICIPIOS\ngobierno: estado-de-mexico\n',
    ),
    mensaje:
      /nombre: «Instituto de Seguridad Social del Estado de México y Municipios» del gobierno «estado-de-mexico» ya es el ente «instituto-de-seguridad-social» .*conserve «issemym», que usan los convenios/,
    ausente: SIN_USO,
  },
  'programa duplicado con otro id': {
    archivo: 'programas/prestaciones-potestativas-edomex.yaml',
    linea: 'alguna',
    tambien: ['programas/prestaciones-edomex.yaml'],
    romper: (c) =>
      writeFileSync(
        join(c, 'programas/prestaciones-edomex.yaml'),
        leer(c, 'programas/prestaciones-potestativas-edomex.yaml').replace('Prestaciones potestativas', 'PRESTACIONES POTESTATIVAS'),
      ),
    mensaje: /ya es el programa «prestaciones-edomex» .*conserve «prestaciones-potestativas-edomex», que usan los convenios/,
    ausente: SIN_USO,
  },
  'ID_ASM duplicado entre dos seguimientos federales': {
    archivo: 'convenios/federal-16-e006-conagua-diseno-2014.md',
    linea: 'alguna',
    tambien: ['convenios/federal-16-e006-conagua-diseno-2013.md'],
    romper: conFederal,
    mensaje: /compromisos\[0\]\.id_asm: el ID_ASM «16e006pdi13_01» ya está en /,
  },
  'carácter invisible de dirección': {
    archivo: CONVENIO,
    linea: 3,
    romper: reemplazar(CONVENIO, 'Prestaciones potestativas»', 'Prestaciones \u202Epotestativas»'),
    mensaje: /\.md:3: titulo: carácter invisible U\+202E/,
  },
  'enlace javascript:': {
    archivo: CONVENIO,
    linea: 'alguna',
    romper: (c) => editar(c, CONVENIO, (t) => `${t}\n[Ver el anexo](javascript:alert(1))\n`),
    mensaje: /\.md:\d+: \(texto del convenio\): enlace no permitido: «javascript:alert\(1\)»/,
  },
  'falta el documento fuente': {
    archivo: CONVENIO,
    romper: (c) => unlinkSync(join(c, 'documentos/convenio-edomex-issemym-prestaciones-potestativas-2021.txt')),
    mensaje:
      /\.md: documento_fuente\.archivo: no existe .*convenio-edomex-issemym-prestaciones-potestativas-2021\.txt \(se esperaba el documento en content\/documentos\/\)/,
  },
  'SHA-256 equivocado': {
    archivo: CONVENIO,
    romper: reemplazar(CONVENIO, '91ff2ec43172cd86663239752c460f4e42e088cecd0d2b6f8e22178d0f5e664c', 'ab'.repeat(32)),
    mensaje: /\.md: documento_fuente\.sha256: no coincide con el archivo \(se esperaba 91ff2ec4/,
  },
  'un convenio roto no hace parecer sin uso a sus entes': {
    archivo: MUNICIPAL,
    linea: 'alguna',
    romper: reemplazar(MUNICIPAL, /^evaluacion: .*$/m, 'evaluacion: [sin cerrar'),
    mensaje: /\.md:\d+: \(sintaxis YAML\)/,
    ausente: SIN_USO,
  },
};

async function construir(carpeta: string): Promise<{ estado: number; salida: string }> {
  const env = { ...process.env, CONTENIDO_DIR: carpeta, SALIDA_DIR: join(carpeta, 'dist') };
  try {
    const r = await ejecutar(process.execPath, ['scripts/construir.ts'], { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return { estado: 0, salida: `${r.stdout}\n${r.stderr}` };
  } catch (e) {
    const r = e as { code?: number; stdout?: string; stderr?: string };
    return { estado: typeof r.code === 'number' ? r.code : -1, salida: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
  }
}

describe.concurrent('la construcción se detiene con el mensaje en español y nada más', () => {
  it.each(Object.entries(CASOS))('%s', async (_nombre, caso) => {
    const carpeta = mkdtempSync(join(tmpdir(), 'contenido-invalido-'));
    temporales.push(carpeta);
    const contenido = join(carpeta, 'content');
    // The curated files only: the SHCP record in content/ would make every copy slow (tests/contenido-curado.ts).
    copiarContenidoCurado(contenido);
    caso.romper(contenido);

    const { estado, salida } = await construir(contenido);

    expect(estado, salida).toBe(1);
    expect(salida).toMatch(caso.mensaje);
    const nombre = relative(process.cwd(), join(contenido, caso.archivo));
    if (caso.linea === undefined) expect(salida).toContain(`${nombre}: `);
    else if (caso.linea === 'alguna') expect(salida).toMatch(new RegExp(`${nombre.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
    else expect(salida).toContain(`${nombre}:${caso.linea}: `);
    for (const otro of caso.tambien ?? []) expect(salida).toContain(relative(process.cwd(), join(contenido, otro)));
    if (caso.ausente) expect(salida).not.toMatch(caso.ausente);

    // No trace, no internal path: only what an office can act on.
    expect(salida).not.toMatch(/Stack trace|Location:|^\s+at /m);
    expect(salida).not.toMatch(/\/src\/|node_modules|\.ts:\d+/);
    expect(salida).toContain('La construcción se detuvo');
    // Nothing written: neither the site nor its cache.
    expect(existsSync(join(contenido, 'dist'))).toBe(false);
    expect(existsSync(join(contenido, 'dist.cache'))).toBe(false);
  });
});

it('los casos son al menos veinte daños distintos', () => {
  expect(Object.keys(CASOS).length).toBeGreaterThanOrEqual(20);
});
