import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { formatearProblema } from '../../src/contenido/errores.ts';
import { convenio } from '../../src/schemas/convenio.ts';
import { enlacePermitido, enlacesProhibidos, enlacesSeguros, esquemaDe, htmlComoTexto } from '../../src/lib/markdown-seguro.ts';
import { buscarInvisible, describirInvisible, normalizarTextos } from '../../src/lib/texto-seguro.ts';

const VALIDO = readFileSync(new URL('../fixtures/unit/convenio-valido.md', import.meta.url), 'utf8');
const ARCHIVO = 'content/convenios/prueba.md';
const lineaDe = (texto: string, marca: string) => texto.split('\n').findIndex((l) => l.includes(marca)) + 1;

describe('esquemaDe / enlacePermitido: what a browser would follow', () => {
  it.each([
    ['https://ejemplo.gob.mx/a.pdf', 'https', true],
    ['HTTP://EJEMPLO.MX', 'http', true],
    ['mailto:contacto@ejemplo.gob.mx', 'mailto', true],
    ['/convenios/x/', undefined, true],
    ['#compromiso-1', undefined, true],
    ['anexo.pdf', undefined, true],
    ['javascript:alert(1)', 'javascript', false],
    ['JavaScript:alert(1)', 'javascript', false],
    [' javascript:alert(1)', 'javascript', false],
    ['java\tscript:alert(1)', 'javascript', false],
    ['java\nscript:alert(1)', 'javascript', false],
    ['\u0001javascript:alert(1)', 'javascript', false],
    ['data:text/html,<script>alert(1)</script>', 'data', false],
    ['vbscript:msgbox(1)', 'vbscript', false],
    ['file:///etc/passwd', 'file', false],
  ])('%j → %s (permitido: %s)', (url, esquema, permitido) => {
    expect(esquemaDe(url)).toBe(esquema);
    expect(enlacePermitido(url)).toBe(permitido);
  });
});

describe('enlacesProhibidos: every way Markdown makes a link', () => {
  it.each([
    ['[x](javascript:alert(1))', 1, 'javascript:alert(1)', 'enlace no permitido'],
    ['texto\n\n![i](data:image/png;base64,iVBORw0KGgo=)', 3, 'data:image/png', 'imagen no permitida'],
    ['[x][r]\n\n[r]: vbscript:msgbox(1)', 3, 'vbscript:msgbox(1)', 'definición de enlace no permitida'],
    ['<javascript:alert(2)>', 1, 'javascript:alert(2)', 'enlace no permitido'],
    ['[x](&#106;avascript:alert(3))', 1, 'javascript:alert(3)', 'enlace no permitido'],
    ['[x]( JAVASCRIPT:alert(4) )', 1, 'JAVASCRIPT:alert(4)', 'enlace no permitido'],
  ])('%j', (cuerpo, linea, url, tipo) => {
    const [e, ...resto] = enlacesProhibidos(cuerpo);
    expect(resto).toEqual([]);
    expect(e).toMatchObject({ linea, tipo });
    expect(e!.url.startsWith(url)).toBe(true);
  });

  it.each([
    'Cláusula PRIMERA: el objeto del convenio.',
    '[portal](https://ejemplo.gob.mx) y [correo](mailto:a@b.mx) y [compromisos](#compromisos)',
    '<https://ejemplo.gob.mx> y www.ejemplo.gob.mx',
    '`[x](javascript:alert(1))` en código no es un enlace',
  ])('acepta %j', (cuerpo) => {
    expect(enlacesProhibidos(cuerpo)).toEqual([]);
  });
});

describe('rendering a body: what an office writes shows, nothing runs', () => {
  const render = async (md: string) =>
    (await markdownToHtml(md, { mdastPlugins: [htmlComoTexto], hastPlugins: [enlacesSeguros], features: { gfm: true } })).html;

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Antes <img src=x onerror="alert(2)"> después', '<p>Antes &lt;img src=x onerror="alert(2)"&gt; después</p>'],
    ['<div onclick="x()">bloque</div>', '<p>&lt;div onclick="x()"&gt;bloque&lt;/div&gt;</p>'],
    ['<!-- oculto -->', '<p>&lt;!-- oculto --&gt;</p>'],
    ['<iframe src="https://otro.mx"></iframe>', '<p>&lt;iframe src="https://otro.mx"&gt;&lt;/iframe&gt;</p>'],
  ])('HTML crudo %j se ve como texto', async (md, esperado) => {
    const html = await render(md);
    expect(html).toContain(esperado);
    expect(html).not.toMatch(/<(script|img|div|iframe)\b/);
  });

  it.each([
    ['[x](javascript:alert(3))', '<a>x</a>'],
    ['[d](data:text/html,hola)', '<a>d</a>'],
    ['![logo](javascript:alert(4))', '<p>logo</p>'],
    ['![](vbscript:x)', '<p>imagen</p>'],
  ])('un destino prohibido %j pierde el enlace y conserva el texto', async (md, esperado) => {
    expect((await render(md)).trim()).toContain(esperado);
  });

  it('los enlaces externos llevan rel="noopener noreferrer"; los internos y de correo no lo necesitan', async () => {
    const html = await render('[a](https://ejemplo.gob.mx) <https://b.mx> www.c.mx [d](/datos/) [e](mailto:e@f.mx)');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(3);
    expect(html).toContain('<a href="/datos/">d</a>');
    expect(html).toContain('<a href="mailto:e@f.mx">e</a>');
  });

  it('un «# » del texto no crea otro h1, y un título que repetiría un id de la página lleva «texto-» delante', async () => {
    const html = await render('# Convenio\n\n## Compromisos\n\n### Compromiso 1\n\n## Antecedentes\n\n## Partes');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Convenio</h2>');
    expect(html).toContain('<h2 id="texto-compromisos">Compromisos</h2>');
    expect(html).toContain('<h3 id="texto-compromiso-1">Compromiso 1</h3>');
    expect(html).toContain('<h2>Antecedentes</h2>'); // the page's heading-ids step gives it "antecedentes", as before
    expect(html).toContain('<h2 id="texto-partes">Partes</h2>');
  });

  it('una imagen de otro sitio se vuelve un enlace a ella: la página no pide nada a otro origen', async () => {
    const html = await render('![Organigrama](https://otro.gob.mx/org.png) ![local](/favicon.svg)');
    expect(html).toContain('<a href="https://otro.gob.mx/org.png" rel="noopener noreferrer">Organigrama (imagen en otro sitio)</a>');
    expect(html).toContain('<img src="/favicon.svg" alt="local">');
  });
});

describe('invisible characters', () => {
  it.each([
    ['texto normal con acentos, ñ y «comillas»', undefined],
    ['tab\tsí, saltos\r\nsí', undefined],
    ['guion\u00ADsuave y marca\u200Eizquierda', undefined],
    ['abc\u202Edef', 'U+202E (forzado de derecha a izquierda: cambia el orden en que se ve el texto)'],
    ['abc\u2066def', 'U+2066 (aislamiento de izquierda a derecha: cambia el orden en que se ve el texto)'],
    ['campana\u0007', 'U+0007 (carácter de control: no se ve en pantalla)'],
    ['página\u000Cnueva', 'U+000C (salto de página: no se ve en pantalla)'],
    ['c1\u0085', 'U+0085 (carácter de control: no se ve en pantalla)'],
    ['no\uFFFEcarácter', 'U+FFFE (no es un carácter: no se ve en pantalla)'],
    ['espacio\u200Bde ancho cero', undefined],
  ])('%j', (texto, descripcion) => {
    const h = buscarInvisible(texto);
    expect(h && describirInvisible(h.caracter)).toBe(descripcion);
  });

  it('normalizarTextos compone los acentos de cada texto (NFC) y señala la ruta de cada invisible', () => {
    const rutas: string[] = [];
    const salida = normalizarTextos({ a: 'Evaluacio\u0301n', b: [{ c: 'x\u202Ey' }], n: 3, v: true }, (r) => rutas.push(r.join('.')));
    expect(salida).toEqual({ a: 'Evaluación', b: [{ c: 'x\u202Ey' }], n: 3, v: true });
    expect(salida.a).toHaveLength(10);
    expect(rutas).toEqual(['b.0.c']);
  });
});

describe('leerArchivo: hostile text in a content file', () => {
  const problemas = (texto: string) => {
    const r = leerArchivo(ARCHIVO, texto, convenio);
    return r.ok ? [] : r.problemas.map(formatearProblema);
  };

  it('un archivo escrito con acentos descompuestos (NFD) se lee compuesto (NFC), encabezado y texto', () => {
    const r = leerArchivo(ARCHIVO, VALIDO.normalize('NFD'), convenio);
    if (!r.ok) expect.fail(r.problemas.map(formatearProblema).join('\n'));
    expect(r.valor.datos.evaluacion).toBe('Evaluación Específica de Desempeño');
    expect(r.valor.datos.firma.lugar).toBe('Cuautitlán Izcalli, Estado de México');
    const sucio = leerArchivo(ARCHIVO, `${VALIDO}\nPingu\u0308ino\u0301xido.\n`, convenio);
    expect(sucio.ok && sucio.valor.cuerpo).toContain('Pingüinóxido.');
  });

  it('un carácter de dirección en un campo se rechaza con archivo, línea y campo', () => {
    const texto = VALIDO.replace('lugar: Cuautitlán Izcalli', 'lugar: Cuautitlán \u202EIzcalli');
    expect(problemas(texto)).toEqual([
      `${ARCHIVO}:${lineaDe(texto, 'lugar:')}: firma.lugar: carácter invisible U+202E (forzado de derecha a izquierda: cambia el orden en que se ve el texto) en «Cuautitlán ▮Izcalli, Estado de M…» (se esperaba texto sin caracteres de control ni de dirección; bórrelo)`,
    ]);
  });

  it('un carácter de control escrito como escape YAML también se rechaza', () => {
    const texto = VALIDO.replace('aspecto: Definir la población objetivo', 'aspecto: "Definir\\x1b[31m la población"');
    expect(problemas(texto)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${ARCHIVO}:${lineaDe(texto, 'Definir')}: compromisos\\[1\\]\\.aspecto: carácter invisible U\\+001B \\(escape: no se ve en pantalla\\)`,
        ),
      ),
    ]);
  });

  it('un carácter de control en el texto del convenio se ubica por su línea', () => {
    const texto = `${VALIDO}\nOtra línea.\nCampana\u0007 aquí.\n`;
    expect(problemas(texto)).toEqual([
      expect.stringMatching(new RegExp(`^${ARCHIVO}:${lineaDe(texto, 'Campana')}: \\(texto del convenio\\): carácter invisible U\\+0007`)),
    ]);
  });

  it('un enlace javascript: en el texto del convenio se rechaza con su línea', () => {
    const texto = `${VALIDO}\nVéase [el anexo](javascript:alert(1)).\n`;
    expect(problemas(texto)).toEqual([
      `${ARCHIVO}:${lineaDe(texto, 'el anexo')}: (texto del convenio): enlace no permitido: «javascript:alert(1)» (se esperaba una dirección http:// o https://, un correo mailto: o una ruta dentro del portal)`,
    ]);
  });

  it.each([
    ['documento_fuente.url', 'url: https://example.gob.mx/convenio.pdf', 'url: "javascript:alert(1)"'],
    [
      'compromisos[0].seguimiento[0].evidencias[0].url',
      'url: https://example.gob.mx/avance.pdf',
      'url: "data:text/html,<script>alert(1)</script>"',
    ],
  ])('un enlace no http(s) en %s se rechaza', (campo, antes, despues) => {
    const texto = VALIDO.replace(antes, despues);
    const [p, ...resto] = problemas(texto);
    expect(resto).toEqual([]);
    expect(p).toContain(`${ARCHIVO}:${lineaDe(texto, despues)}: ${campo}: enlace no válido: «`);
    expect(p).toContain('(se esperaba una dirección http:// o https://)');
  });
});
