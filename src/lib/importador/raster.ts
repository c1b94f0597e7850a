/**
 * A scanned page as grey pixels, and the little the OCR's second look needs from it: cutting a
 * word out, finding its glyphs (connected dark pixels) and telling a raised glyph or a round one.
 */

/** Grey pixels row by row, 0 black to 255 white. */
export interface Raster {
  ancho: number;
  alto: number;
  datos: Uint8Array;
}

/** A binary PGM (P5, 8 bits), as pdftoppm -gray writes it. */
export function leerPgm(bytes: Uint8Array): Raster {
  let i = 0;
  const campos: string[] = [];
  while (campos.length < 4 && i < bytes.length) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    let campo = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) campo += String.fromCharCode(bytes[i++]!);
    campos.push(campo);
  }
  const [magia, ancho, alto, maximo] = [campos[0], Number(campos[1]), Number(campos[2]), Number(campos[3])];
  if (magia !== 'P5' || !(ancho > 0) || !(alto > 0) || maximo !== 255) throw new Error('no es una imagen PGM de 8 bits');
  const datos = bytes.subarray(i + 1, i + 1 + ancho * alto);
  if (datos.length < ancho * alto) throw new Error('la imagen PGM está incompleta');
  return { ancho, alto, datos };
}

export function escribirPgm(r: Raster): Uint8Array {
  const cabeza = new TextEncoder().encode(`P5\n${r.ancho} ${r.alto}\n255\n`);
  const salida = new Uint8Array(cabeza.length + r.datos.length);
  salida.set(cabeza);
  salida.set(r.datos, cabeza.length);
  return salida;
}

export interface Caja {
  x0: number;
  y0: number;
  /** Exclusive. */
  x1: number;
  y1: number;
}

/**
 * The box `dentro` of `r` on a white sheet `margen` pixels wider on each side: what lies outside
 * the box (a neighbouring word, a table rule, the line above) is not copied.
 */
export function recortar(r: Raster, dentro: Caja, margen: number): Raster {
  const ancho = dentro.x1 - dentro.x0 + 2 * margen;
  const alto = dentro.y1 - dentro.y0 + 2 * margen;
  const datos = new Uint8Array(Math.max(0, ancho * alto)).fill(255);
  for (let y = Math.max(0, dentro.y0); y < Math.min(r.alto, dentro.y1); y++)
    for (let x = Math.max(0, dentro.x0); x < Math.min(r.ancho, dentro.x1); x++)
      datos[(y - dentro.y0 + margen) * ancho + (x - dentro.x0 + margen)] = r.datos[y * r.ancho + x]!;
  return { ancho, alto, datos };
}

/** `r` with the boxes painted white. */
export function blanquear(r: Raster, cajas: Caja[]): Raster {
  const datos = Uint8Array.from(r.datos);
  for (const c of cajas)
    for (let y = Math.max(0, c.y0); y < Math.min(r.alto, c.y1); y++)
      for (let x = Math.max(0, c.x0); x < Math.min(r.ancho, c.x1); x++) datos[y * r.ancho + x] = 255;
  return { ...r, datos };
}

/** `r` enlarged `veces` times, each pixel a square (a scan's pixels have no finer detail to invent). */
export function ampliar(r: Raster, veces: number): Raster {
  const [ancho, alto] = [r.ancho * veces, r.alto * veces];
  const datos = new Uint8Array(ancho * alto);
  for (let y = 0; y < alto; y++)
    for (let x = 0; x < ancho; x++) datos[y * ancho + x] = r.datos[Math.floor(y / veces) * r.ancho + Math.floor(x / veces)]!;
  return { ancho, alto, datos };
}

/** A glyph or part of one: dark pixels touching each other (diagonals too). */
export interface Componente extends Caja {
  pixeles: number;
}

/** The glyphs of `r`, left to right; specks of `minimo` pixels or fewer are dust. */
export function componentes(r: Raster, umbral = 128, minimo = 2): Componente[] {
  const visto = new Uint8Array(r.ancho * r.alto);
  const salida: Componente[] = [];
  const pila: number[] = [];
  for (let inicio = 0; inicio < r.datos.length; inicio++) {
    if (visto[inicio] || r.datos[inicio]! >= umbral) continue;
    visto[inicio] = 1;
    pila.push(inicio);
    const c: Componente = { x0: r.ancho, y0: r.alto, x1: 0, y1: 0, pixeles: 0 };
    while (pila.length) {
      const p = pila.pop()!;
      const [x, y] = [p % r.ancho, Math.floor(p / r.ancho)];
      c.pixeles++;
      c.x0 = Math.min(c.x0, x);
      c.y0 = Math.min(c.y0, y);
      c.x1 = Math.max(c.x1, x + 1);
      c.y1 = Math.max(c.y1, y + 1);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= r.ancho || ny >= r.alto) continue;
          const q = ny * r.ancho + nx;
          if (!visto[q] && r.datos[q]! < umbral) {
            visto[q] = 1;
            pila.push(q);
          }
        }
    }
    if (c.pixeles > minimo) salida.push(c);
  }
  return salida.sort((a, b) => a.x0 - b.x0);
}

/** Glyphs that overlap left to right are one (an «i» and its dot, «ª» and its bar, a broken stroke). */
export function glifos(cs: Componente[]): Componente[] {
  const salida: Componente[] = [];
  for (const c of cs) {
    const previo = salida[salida.length - 1];
    const solape = previo ? Math.min(previo.x1, c.x1) - Math.max(previo.x0, c.x0) : -1;
    if (previo && solape > 0.5 * Math.min(previo.x1 - previo.x0, c.x1 - c.x0)) {
      previo.x0 = Math.min(previo.x0, c.x0);
      previo.y0 = Math.min(previo.y0, c.y0);
      previo.x1 = Math.max(previo.x1, c.x1);
      previo.y1 = Math.max(previo.y1, c.y1);
      previo.pixeles += c.pixeles;
    } else salida.push({ ...c });
  }
  return salida;
}

function mediana(xs: number[]): number {
  const o = [...xs].sort((a, b) => a - b);
  return o.length ? o[Math.floor(o.length / 2)]! : 0;
}

/** The line a word sits on and the height of its capitals and digits, from its tall glyphs. */
export function renglonDe(gs: Componente[]): { base: number; altura: number } | undefined {
  const maximo = Math.max(0, ...gs.map((g) => g.y1 - g.y0));
  const altos = gs.filter((g) => g.y1 - g.y0 >= 0.6 * maximo);
  if (altos.length === 0) return undefined;
  return { base: mediana(altos.map((g) => g.y1)), altura: mediana(altos.map((g) => g.y1 - g.y0)) };
}

/**
 * The raised glyphs that end a word («02ª», «1º», a footnote's «²»): glyphs whose foot is well
 * above the line, less than two thirds as tall as a capital and not flat like a dash, with at most
 * a full stop or comma after them. Undefined when the word does not end so.
 */
export function voladitaFinal(gs: Componente[]): { glifos: Componente[]; base: number; altura: number } | undefined {
  const renglon = renglonDe(gs);
  if (!renglon || gs.length < 2) return undefined;
  const { base, altura } = renglon;
  // A dash is raised too, but flat: not a raised glyph.
  const volada = (g: Componente) => g.y1 <= base - 0.35 * altura && g.y1 - g.y0 <= 0.66 * altura && g.x1 - g.x0 <= 2 * (g.y1 - g.y0);
  const punto = (g: Componente) => g.y1 >= base - 0.15 * altura && g.y1 - g.y0 <= 0.45 * altura && g.x1 - g.x0 <= 0.4 * altura;
  let fin = gs.length;
  while (fin > 1 && punto(gs[fin - 1]!)) fin--;
  let inicio = fin;
  while (inicio > 1 && volada(gs[inicio - 1]!)) inicio--;
  if (inicio === fin || inicio === 0) return undefined;
  return { glifos: gs.slice(inicio, fin), base, altura };
}

/** The box around some glyphs. */
export function cajaDe(gs: Caja[]): Caja {
  return {
    x0: Math.min(...gs.map((g) => g.x0)),
    y0: Math.min(...gs.map((g) => g.y0)),
    x1: Math.max(...gs.map((g) => g.x1)),
    y1: Math.max(...gs.map((g) => g.y1)),
  };
}
