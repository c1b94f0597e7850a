import { describe, expect, it } from 'vitest';
import { decodificarContenido } from '../../src/lib/codificacion.ts';

const utf8 = (t: string) => new TextEncoder().encode(t);
/** Windows-1252 for the Spanish letters these tests use (all of them are Latin-1 too). */
const cp1252 = (t: string) => Uint8Array.from([...t].map((c) => c.codePointAt(0)!));
const utf16le = (t: string, bom = true) => {
  const b = Buffer.from(t, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b);
};
const utf16be = (t: string) => {
  const le = Buffer.from(t, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
};
const concat = (...partes: (number[] | Uint8Array)[]) => Uint8Array.from(partes.flatMap((p) => [...p]));

const YAML = 'nombre: Evaluación del Desempeño\nsiglas: ISSEMYM\n';

describe('decodificarContenido: lo que se acepta', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-8 con acentos y ñ', utf8('nombre: Año de la Niñez\n'), 'nombre: Año de la Niñez\n'],
    ['UTF-8 con BOM: se acepta y se quita', concat([0xef, 0xbb, 0xbf], utf8(YAML)), YAML],
    ['ASCII puro', utf8('nombre: ISSEMYM\n'), 'nombre: ISSEMYM\n'],
    ['finales de línea CRLF', utf8('a: 1\r\nb: ñ\r\n'), 'a: 1\r\nb: ñ\r\n'],
    ['emoji y caracteres fuera del plano básico', utf8('nota: 𝔸 ✓\n'), 'nota: 𝔸 ✓\n'],
  ])('%s', (_caso, bytes, texto) => {
    expect(decodificarContenido(bytes)).toEqual({ ok: true, texto });
  });
});

describe('decodificarContenido: lo que se rechaza, con el motivo y la línea', () => {
  it.each<[string, Uint8Array, number | undefined, RegExp]>([
    ['archivo vacío', new Uint8Array(), 1, /^el archivo está vacío \(se esperaban los datos/],
    ['sólo espacios y saltos de línea', utf8('  \n\n\t\n'), 1, /^el archivo está vacío/],
    ['sólo la marca BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), 1, /^el archivo está vacío/],
    [
      'Windows-1252 en la segunda línea',
      cp1252('siglas: X\nnombre: Desempeño\n'),
      2,
      /^el archivo no está guardado como UTF-8; parece Windows-1252 o Latin-1 \(«ANSI»\), y en esa codificación esta línea dice «nombre: Desempeño» \(se esperaba UTF-8: .*guárdelo .*«UTF-8»\)$/,
    ],
    [
      'Windows-1252 con comillas tipográficas',
      concat(utf8('a: '), [0x93], utf8('hola'), [0x94], utf8('\n')),
      1,
      /esta línea dice «a: “hola”»/,
    ],
    ['Windows-1252 después de líneas UTF-8 válidas', concat(utf8('# Año\nb: 1\nc: '), [0xf1], utf8('\n')), 3, /esta línea dice «c: ñ»/],
    ['UTF-8 cortado a media letra al final', concat(utf8('a: '), [0xc3]), 1, /no está guardado como UTF-8/],
    ['UTF-16 LE con BOM', utf16le(YAML), 1, /^el archivo está guardado como UTF-16 \(«Unicode»\) \(se esperaba UTF-8: .*«UTF-8»\)$/],
    ['UTF-16 BE con BOM', utf16be(YAML), 1, /guardado como UTF-16/],
    ['UTF-16 LE sin BOM', utf16le(YAML, false), 1, /guardado como UTF-16/],
    ['un PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), undefined, /^el archivo no es texto: es un PDF \(se esperaba texto UTF-8/],
    ['un .docx (ZIP)', concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), undefined, /es un archivo comprimido \(Word \.docx/],
    ['un .doc antiguo', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), undefined, /documento de Office antiguo/],
    ['una imagen PNG', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), undefined, /una imagen PNG/],
    ['una imagen JPEG', concat([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), undefined, /una imagen JPEG/],
    [
      'binario con bytes nulos',
      concat([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0x3e, 0, 0xb7]),
      undefined,
      /^el archivo no es texto: tiene bytes nulos/,
    ],
    [
      'carácter de reemplazo ya guardado',
      utf8('a: 1\nnombre: Desempe\uFFFDo\n'),
      2,
      /^el carácter de reemplazo «\uFFFD» en «nombre: Desempe\uFFFDo»: alguna letra se perdió .*\(se esperaba la letra original/,
    ],
  ])('%s', (_caso, bytes, linea, mensaje) => {
    const r = decodificarContenido(bytes);
    if (r.ok) return expect.fail(`se esperaba un rechazo, se leyó «${r.texto}»`);
    expect(r.linea).toBe(linea);
    expect(r.mensaje).toMatch(mensaje);
    expect(r.mensaje).not.toContain('\uFFFD'.repeat(2));
  });

  it('una línea larga se recorta alrededor de la primera letra dañada', () => {
    const r = decodificarContenido(cp1252(`texto: ${'x'.repeat(200)} Desempeño ${'y'.repeat(200)}\n`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.mensaje).toMatch(/dice «…x+ Desempeño y+…»/);
  });
});
