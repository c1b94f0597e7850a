import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importar } from '../../src/cli/orden-importar.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

const ESTATAL = 'content/documentos/convenio-edomex-issemym-prestaciones-potestativas-2021.txt';
const MUNICIPAL = 'content/documentos/convenio-cuautitlan-izcalli-derechos-humanos-2022.txt';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

function temporal(): string {
  const t = mkdtempSync(join(tmpdir(), 'importador-'));
  temporales.push(t);
  return t;
}
/** A copy of the real content, or an empty content folder. */
function contenido(copia = true): string {
  const c = join(temporal(), 'content');
  if (copia) copiarContenidoCurado(c);
  else for (const d of ['convenios', 'entes', 'gobiernos', 'programas', 'documentos']) mkdirSync(join(c, d), { recursive: true });
  return c;
}
const archivos = (c: string) =>
  ['convenios', 'entes', 'gobiernos', 'programas', 'documentos'].flatMap((d) => readdirSync(join(c, d)).map((f) => `${d}/${f}`)).sort();
function entrada(nombre: string, datos: string | Uint8Array): string {
  const r = join(temporal(), nombre);
  writeFileSync(r, datos);
  return r;
}

describe('entradas malas: dice qué encontró, sale con 1 y no escribe nada', () => {
  const estatal = readFileSync(ESTATAL, 'utf8');
  const casos: [string, string, string | Uint8Array, RegExp][] = [
    ['archivo vacío', 'vacio.txt', '', /está vacío/],
    [
      'imagen PNG con nombre de PDF',
      'foto.pdf',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
      /es una imagen, no un documento/,
    ],
    [
      'imagen JPEG',
      'foto.jpg',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]),
      /es una imagen, no un documento.*img2pdf/,
    ],
    [
      'binario que no es documento',
      'datos.bin',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      /no es un documento de texto, Word \(\.docx\) ni PDF/,
    ],
    [
      'Word antiguo (.doc)',
      'viejo.doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /Word antiguo \(\.doc\).*guárdelo como \.docx/,
    ],
    [
      'PDF protegido con contraseña',
      'protegido.pdf',
      readFileSync('tests/fixtures/importador/protegido-con-contrasena.pdf'),
      /protegido con contraseña/,
    ],
    ['PDF dañado', 'roto.pdf', '%PDF-1.7\nesto no es un PDF de verdad', /no se pudo leer/],
    ['Word dañado', 'roto.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /no se pudo abrir/],
    [
      'convenio sin tabla de compromisos',
      'sin-tabla.txt',
      estatal
        .split('\n')
        .filter((l) => !l.includes('\t') && !l.includes('<b>'))
        .join('\n'),
      /No se encontraron compromisos/,
    ],
    ['documento de otro tipo', 'otro.md', readFileSync('README.md', 'utf8'), /No se encontraron compromisos/],
  ];
  it.each([
    ['hoja de cálculo .xlsx', 'tabla.xlsx', '[Content_Types].xml', 'xl/workbook.xml'],
    ['hoja de cálculo .ods', 'tabla.ods', 'mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('%s', async (_n, nombre, archivo, contenidoZip) => {
    const zip = new JSZip();
    zip.file(archivo, contenidoZip);
    if (archivo !== 'mimetype') zip.file('xl/workbook.xml', '<workbook/>');
    const c = contenido();
    const antes = archivos(c);
    const r = await importar([entrada(nombre, await zip.generateAsync({ type: 'uint8array' })), '--contenido', c]);
    expect(r.codigo).toBe(1);
    expect(r.lineas).toEqual([expect.stringMatching(/es una hoja de cálculo.*No se escribió nada\.$/)]);
    expect(archivos(c)).toEqual(antes);
  });

  it.each(casos)('%s', async (_n, nombre, datos, mensaje) => {
    const c = contenido();
    const antes = archivos(c);
    const r = await importar([entrada(nombre, datos), '--contenido', c]);
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(mensaje);
    expect(archivos(c)).toEqual(antes);
  });

  it('sin tabla, aun así lista lo que sí encontró y lo que no', async () => {
    const c = contenido();
    const texto = readFileSync(ESTATAL, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('\t') && !l.includes('<b>'))
      .join('\n');
    const salida = (await importar([entrada('sin-tabla.txt', texto), '--contenido', c])).lineas.join('\n');
    expect(salida).toContain('Compromisos encontrados: 0.');
    expect(salida).toContain('Se reutiliza gobierno: content/gobiernos/estado-de-mexico.yaml'.replace('content/', ''));
    expect(salida).toMatch(/FALTA {3}compromisos: no se encontró la tabla de compromisos/);
  });

  it('el mismo documento ya importado no se duplica sin --forzar', async () => {
    const c = contenido();
    const r = await importar([ESTATAL, '--contenido', c]);
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(/ya está importado en .*edomex-issemym-prestaciones-potestativas-2021\.md/);
  });

  it('opciones desconocidas o incompletas: mensaje y ayuda, sin excepción', async () => {
    for (const argv of [
      [],
      ['--nada'],
      ['a.txt', 'b.txt'],
      ['a.txt', '--id'],
      ['a.txt', '--id', 'Con Acentos'],
      ['a.txt', '--url', 'javascript:alert(1)'],
      ['no-existe.txt'],
    ]) {
      const r = await importar(argv);
      expect(r.codigo).toBe(1);
      expect(r.lineas.join('\n')).not.toMatch(/^\s+at /m);
    }
  });
});

describe('importar en una carpeta de contenido', () => {
  it('sin catálogo: propone gobierno, programa y entes nuevos; el ente sin nombre en el documento queda pendiente y el borrador no pasa la validación', async () => {
    const c = contenido(false);
    const r = await importar([entrada('convenio-municipal.txt', readFileSync(MUNICIPAL)), '--contenido', c], {}, '2026-01-15');
    const salida = r.lineas.join('\n');
    expect(r.codigo).toBe(2);
    expect(archivos(c)).toEqual([
      'convenios/cuautitlan-izcalli-derechos-humanos-2022.md',
      'documentos/convenio-municipal.txt',
      'entes/contraloria-municipal-cuautitlan-izcalli.yaml',
      'entes/implan.yaml',
      'entes/tesoreria-municipal-cuautitlan-izcalli.yaml',
      'gobiernos/cuautitlan-izcalli.yaml',
      'programas/01020401-derechos-humanos.yaml',
    ]);
    expect(readFileSync(join(c, 'entes/implan.yaml'), 'utf8')).toContain(
      'nombre: Instituto Municipal de Planeación de Cuautitlán Izcalli\nsiglas: IMPLAN\ngobierno: cuautitlan-izcalli\n',
    );
    // The validator's own message, file:line: field: problem.
    expect(salida).toMatch(/El borrador todavía NO pasa la validación/);
    expect(salida).toMatch(/cuautitlan-izcalli-derechos-humanos-2022\.md:\d+: partes\[3\]\.ente: /);
    expect(salida).toMatch(/FALTA {3}partes \(LA DEPENDENCIA EVALUADA\)\.ente: el convenio no da el nombre del ente/);
    const borrador = readFileSync(join(c, 'convenios/cuautitlan-izcalli-derechos-humanos-2022.md'), 'utf8');
    expect(borrador).toMatch(/^---\n# BORRADOR generado por «npm run importar» a partir de convenio-municipal\.txt el 2026-01-15\./);
    expect(borrador).toContain('fecha_comprometida: "2022-12"');
  });

  it('con el catálogo real y otro identificador, el borrador pasa la validación; el archivo existente no se pisa sin --forzar', async () => {
    const c = contenido();
    // The same convenio already published would be a duplicate (next test): import it as if it were new.
    rmSync(join(c, 'convenios/cuautitlan-izcalli-derechos-humanos-2022.md'));
    const fuente = entrada(
      'convenio.docx',
      readFileSync('tests/fixtures/importador/convenio-cuautitlan-izcalli-derechos-humanos-2022.docx'),
    );
    const r = await importar([fuente, '--contenido', c, '--id', 'prueba-importada']);
    expect(r.lineas.join('\n')).toContain('El borrador pasa la validación');
    expect(r.codigo).toBe(0);
    expect(existsSync(join(c, 'documentos/convenio.docx'))).toBe(true);
    const otra = await importar([fuente, '--contenido', c, '--id', 'prueba-importada']);
    expect(otra.codigo).toBe(1);
    expect(otra.lineas.join('\n')).toMatch(/ya está importado|Ya existe/);
  });

  it('un convenio ya publicado, importado con otro identificador, se señala como duplicado', async () => {
    const c = contenido();
    const fuente = entrada(
      'convenio.docx',
      readFileSync('tests/fixtures/importador/convenio-cuautitlan-izcalli-derechos-humanos-2022.docx'),
    );
    const r = await importar([fuente, '--contenido', c, '--id', 'prueba-importada']);
    expect(r.codigo).toBe(2);
    expect(r.lineas.join('\n')).toMatch(
      /prueba-importada\.md:\d+: programa: el mismo ente evaluado .* que .*cuautitlan-izcalli-derechos-humanos-2022\.md: es el mismo convenio dos veces/,
    );
  });

  it('el convenio escrito en Markdown con tabla de barras (otro formato) también se lee', async () => {
    const c = contenido(false);
    const cuerpo = readFileSync('content/convenios/edomex-issemym-prestaciones-potestativas-2021.md', 'utf8').split('\n---\n')[1]!;
    const r = await importar([entrada('convenio.md', cuerpo), '--contenido', c, '--sin-escribir']);
    expect(r.codigo).toBe(0);
    expect(r.lineas.join('\n')).toContain('Compromisos encontrados: 5.');
  });
});

describe('la orden npm run importar', () => {
  it('con un archivo vacío sale con 1 y un mensaje en español, sin traza de pila', () => {
    const vacio = entrada('vacio.txt', '');
    const r = spawnSync(process.execPath, ['scripts/importar.ts', vacio, '--contenido', contenido()], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/está vacío\. No se escribió nada\./);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at |Error:/m);
  });
});
