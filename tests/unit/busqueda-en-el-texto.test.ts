import { describe, expect, it } from 'vitest';
import { frasesEnElTexto, type Ancla, type TextoDelResultado } from '../../src/lib/busqueda-en-el-texto.ts';

// A convenio's text as Pagefind keeps it: function words coded onto their neighbour (src/lib/palabras-vacias.ts).
// Words 0–9: Convenio~( ISSEMYM Compromisos (2). Compromiso 1. Elaborar material~% propaganda~$ mensajes.
// Words 10–19: Compromiso 2. Revisar~' Pp potestativas. Partes firman <b>&c propaganda PbRM-08b
const CONTENIDO =
  'Convenio~( ISSEMYM Compromisos (2). Compromiso 1. Elaborar material~% propaganda~$ mensajes. ' +
  "Compromiso 2. Revisar~' Pp potestativas. Partes firman <b>&c propaganda PbRM-08b";
// Out of order, as nothing promises otherwise; the empty h3 is not a section (Pagefind skips it too).
const ANCLAS: Ancla[] = [
  { element: 'h3', id: 'compromiso-asm-2', text: 'Compromiso 2', location: 10 },
  { element: 'h2', id: 'compromisos', text: 'Compromisos (2)', location: 2 },
  { element: 'h3', id: 'compromiso-asm-1', text: 'Compromiso 1', location: 4 },
  { element: 'h3', id: 'compromiso-vacio', text: ' ', location: 7 },
  { element: 'h2', id: 'partes', text: 'Partes~? firman', location: 15 },
];
const resultado = (ubicaciones: number[] = []): TextoDelResultado => ({
  url: '/convenios/issemym/',
  contenido: CONTENIDO,
  anclas: ANCLAS,
  ubicaciones,
});
const compromiso = (id: string, title: string, excerpt: string) => ({
  compromiso: { title, url: `/convenios/issemym/#${id}`, excerpt, anchor: { id } },
});

describe('frasesEnElTexto: dónde están las palabras revisadas en el texto de un resultado', () => {
  it.each([
    [
      'la palabra está en un compromiso: se enlaza a él, con el extracto a su alrededor',
      ['propaganda'],
      [],
      1,
      compromiso('compromiso-asm-1', 'Compromiso 1', 'Elaborar material~% propaganda~$ mensajes.'),
    ],
    [
      'una frase cuenta sus palabras en fila, sin las vacías que las unen',
      ['material propaganda'],
      [],
      2,
      compromiso('compromiso-asm-1', 'Compromiso 1', 'Elaborar material~% propaganda~$ mensajes.'),
    ],
    [
      'lo que Pagefind encontró en el compromiso cuenta y va marcado',
      ['propaganda'],
      [9],
      2,
      compromiso('compromiso-asm-1', 'Compromiso 1', 'Elaborar material~% propaganda~$ <mark>mensajes.</mark>'),
    ],
    [
      'en empate, el primer compromiso de la página',
      ['compromiso'],
      [],
      1,
      compromiso('compromiso-asm-1', 'Compromiso 1', 'Compromiso 1. Elaborar material~%'),
    ],
    [
      'gana el compromiso con más palabras encontradas',
      ['compromiso'],
      [13],
      1,
      compromiso('compromiso-asm-2', 'Compromiso 2', "Compromiso 2. Revisar~' <mark>Pp</mark>"),
    ],
    [
      'un compromiso con menos palabras que la búsqueda no se reclama: extracto en el texto',
      ['potestativas'],
      [1],
      2,
      { extracto: 'Pp potestativas. Partes firman' },
    ],
    [
      'ningún compromiso tiene todas las frases: extracto donde está la primera',
      ['propaganda', 'potestativas'],
      [],
      2,
      { extracto: 'material~% propaganda~$ mensajes. Compromiso' },
    ],
    ['fuera de los compromisos, escapado como HTML', ['firman'], [], 1, { extracto: 'Partes firman &lt;b&gt;&amp;c propaganda' }],
    ['una palabra del texto con varias que se buscan', ['pbrm 08b'], [], 1, { extracto: 'firman &lt;b&gt;&amp;c propaganda PbRM-08b' }],
    ['una frase que el texto no tiene', ['metodologia'], [], 1, {}],
    ['una frase con una palabra que no está', ['propaganda metodologia'], [], 1, {}],
  ] as const)('%s', (_caso, frases, ubicaciones, palabras, esperado) => {
    expect(frasesEnElTexto(resultado([...ubicaciones]), frases, palabras, 4)).toEqual(esperado);
  });

  it('el enlace guarda la subruta del sitio y cambia sólo el ancla', () => {
    const r = { ...resultado(), url: '/convenios-abiertos/convenios/issemym/#inicio' };
    expect(frasesEnElTexto(r, ['propaganda'], 1, 4).compromiso?.url).toBe('/convenios-abiertos/convenios/issemym/#compromiso-asm-1');
  });
});
