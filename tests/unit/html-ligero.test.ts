import { describe, expect, it } from 'vitest';
import { sinLoQueNoSeIndexa } from '../../src/lib/html-ligero.ts';
import { paraElIndice } from '../../src/lib/indice-busqueda.ts';

describe('sinLoQueNoSeIndexa: el artículo sin lo que Pagefind se salta', () => {
  it.each([
    ['un elemento ignorado se va con su texto', '<p>a<span data-pagefind-ignore> b</span></p>', '<p>a</p>'],
    ['ignorado con valor «index» o «all»', '<p data-pagefind-ignore="index">a</p><p data-pagefind-ignore="all">b</p><p>c</p>', '<p>c</p>'],
    [
      'cuenta los elementos del mismo nombre que lleva dentro',
      '<div data-pagefind-ignore><div>a</div><div>b</div></div><div>c</div>',
      '<div>c</div>',
    ],
    [
      'un ignorado con un filtro, metadato u orden se queda: Pagefind los lee ahí también',
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="pae[data-valor]" data-valor="2018"></span></div>',
      '<div data-pagefind-ignore><span data-pagefind-filter="pae[data-valor]" data-valor="2018"></span></div>',
    ],
    [
      'quedan sólo los atributos que lee Pagefind',
      '<h2 id="compromisos" class="x" aria-label="y"><a href="/z/">Z</a><img src="i.png" alt="Escudo" height="20"></h2>',
      '<h2 id="compromisos"><a>Z</a><img alt="Escudo"></h2>',
    ],
    [
      'un «>» dentro de un valor no corta la etiqueta',
      '<p title="a > b" data-pagefind-ignore>x</p><p data-valor="1 > 0" class="c">y</p>',
      '<p data-valor="1 > 0">y</p>',
    ],
    ['un ignorado que no cierra se queda', '<p>a<span data-pagefind-ignore>b', '<p>a<span data-pagefind-ignore>b'],
    ['un vacío ignorado no se lleva a su vecino', '<p>a<br data-pagefind-ignore class="x">b</p>', '<p>a<br data-pagefind-ignore>b</p>'],
    ['una etiqueta con comillas simples queda como está', "<p class='c'>a</p>", "<p class='c'>a</p>"],
    ['el atributo de otra cosa que diga data-pagefind-ignore no ignora', '<p title="x data-pagefind-ignore">a</p>', '<p>a</p>'],
  ])('%s', (_caso, html, esperado) => {
    expect(sinLoQueNoSeIndexa(html)).toBe(esperado);
  });

  it.each([
    ['un comentario', '<p class="c">a</p><!-- <p data-pagefind-ignore>b</p> -->'],
    ['un script', '<p class="c">a</p><script>const x = "<p>";</script>'],
    ['un svg', '<p class="c">a</p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg>'],
  ])('con %s no toca nada', (_caso, html) => {
    expect(sinLoQueNoSeIndexa(html)).toBe(html);
  });
});

describe('paraElIndice: la página como la recibe Pagefind', () => {
  const pagina = (cuerpo: string) =>
    `<!DOCTYPE html><html lang="es-MX"><head><title>T</title><meta property="og:image" content="/i.png"></head><body><nav class="n">Inicio</nav><main>${cuerpo}</main></body></html>`;
  it('recorta al artículo, separa las celdas, oculta las palabras vacías y quita lo ignorado', () => {
    const articulo =
      '<article data-pagefind-body class="doc"><h1>Convenio de la Mejora</h1><dl><dt data-pagefind-ignore>Gobierno</dt><dd>Estado de México</dd></dl></article>';
    expect(paraElIndice(pagina(articulo))).toBe(
      '<html lang="es-MX"><body><article data-pagefind-body><h1>Convenio~%~, Mejora</h1><dl><dd>Estado~% México</dd> </dl></article></body></html>',
    );
  });
  it('una página entera conserva sus atributos: Pagefind lee los de su cabecera', () => {
    const entera = paraElIndice(pagina('<section data-pagefind-body><h1 class="t">Ente</h1></section>'));
    expect(entera).toContain('<meta property="og:image" content="/i.png">');
    expect(entera).toContain('<h1 class="t">Ente</h1>');
  });
});
