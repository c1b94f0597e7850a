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

/** `r` enlarged `veces` times, smoothly (bilinear): tesseract reads a smooth enlarged glyph better than square pixels. */
export function ampliar(r: Raster, veces: number): Raster {
  const [ancho, alto] = [r.ancho * veces, r.alto * veces];
  const datos = new Uint8Array(ancho * alto);
  const valor = (x: number, y: number) => r.datos[Math.min(r.alto - 1, Math.max(0, y)) * r.ancho + Math.min(r.ancho - 1, Math.max(0, x))]!;
  for (let y = 0; y < alto; y++) {
    const sy = (y + 0.5) / veces - 0.5;
    const y0 = Math.floor(sy);
    const b = sy - y0;
    for (let x = 0; x < ancho; x++) {
      const sx = (x + 0.5) / veces - 0.5;
      const x0 = Math.floor(sx);
      const a = sx - x0;
      datos[y * ancho + x] = Math.round(
        (1 - a) * (1 - b) * valor(x0, y0) +
          a * (1 - b) * valor(x0 + 1, y0) +
          (1 - a) * b * valor(x0, y0 + 1) +
          a * b * valor(x0 + 1, y0 + 1),
      );
    }
  }
  return { ancho, alto, datos };
}

/**
 * `r` without the rules of a table: dark runs, across or down, at least `largo` pixels long (longer
 * than any letter) are painted white, with the grey pixel around them (no shadow of a rule is left
 * for tesseract to take for a line of text). A letter touching a rule keeps the rest of its pixels.
 */
export function quitarRayas(r: Raster, largo: number, umbral = 128): Raster {
  const { ancho, alto } = r;
  const raya = new Uint8Array(ancho * alto);
  const oscuro = (i: number) => r.datos[i]! < umbral;
  for (let y = 0; y < alto; y++) {
    let x = 0;
    while (x < ancho) {
      if (!oscuro(y * ancho + x)) {
        x++;
        continue;
      }
      let fin = x;
      while (fin < ancho && oscuro(y * ancho + fin)) fin++;
      if (fin - x >= largo) raya.fill(1, y * ancho + x, y * ancho + fin);
      x = fin;
    }
  }
  for (let x = 0; x < ancho; x++) {
    let y = 0;
    while (y < alto) {
      if (!oscuro(y * ancho + x)) {
        y++;
        continue;
      }
      let fin = y;
      while (fin < alto && oscuro(fin * ancho + x)) fin++;
      if (fin - y >= largo) for (let k = y; k < fin; k++) raya[k * ancho + x] = 1;
      y = fin;
    }
  }
  const datos = Uint8Array.from(r.datos);
  for (let y = 0; y < alto; y++)
    for (let x = 0; x < ancho; x++) {
      if (!raya[y * ancho + x]) continue;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx >= 0 && ny >= 0 && nx < ancho && ny < alto) datos[ny * ancho + nx] = 255;
        }
    }
  return { ancho, alto, datos };
}

/** A glyph or part of one: dark pixels touching each other (diagonals too). */
export interface Componente extends Caja {
  pixeles: number;
}

/** The glyphs of `r`, left to right; specks of `minimo` pixels or fewer are dust. */
export function componentes(r: Raster, umbral = 128, minimo = 2): Componente[] {
  const { ancho, alto, datos } = r;
  const visto = new Uint8Array(ancho * alto);
  const salida: Componente[] = [];
  let pila = new Int32Array(1024);
  for (let inicio = 0; inicio < datos.length; inicio++) {
    if (visto[inicio] || datos[inicio]! >= umbral) continue;
    visto[inicio] = 1;
    let n = 0;
    pila[n++] = inicio;
    const c: Componente = { x0: ancho, y0: alto, x1: 0, y1: 0, pixeles: 0 };
    while (n > 0) {
      const p = pila[--n]!;
      const x = p % ancho;
      const y = (p - x) / ancho;
      c.pixeles++;
      if (x < c.x0) c.x0 = x;
      if (y < c.y0) c.y0 = y;
      if (x + 1 > c.x1) c.x1 = x + 1;
      if (y + 1 > c.y1) c.y1 = y + 1;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= alto) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= ancho) continue;
          const q = ny * ancho + nx;
          if (visto[q] || datos[q]! >= umbral) continue;
          visto[q] = 1;
          if (n === pila.length) {
            const mayor = new Int32Array(pila.length * 2);
            mayor.set(pila);
            pila = mayor;
          }
          pila[n++] = q;
        }
      }
    }
    if (c.pixeles > minimo) salida.push(c);
  }
  return salida.sort((a, b) => a.x0 - b.x0);
}

/** The components of a page by where they are: `en(caja)` finds those in a box without going through them all. */
export interface IndiceDeComponentes {
  en(caja: Caja): Componente[];
}

export function indiceDeComponentes(todos: Componente[], lado = 64): IndiceDeComponentes {
  const celdas = new Map<number, Componente[]>();
  const clave = (cx: number, cy: number) => cy * 100_000 + cx;
  for (const c of todos)
    for (let cy = Math.floor(c.y0 / lado); cy <= Math.floor((c.y1 - 1) / lado); cy++)
      for (let cx = Math.floor(c.x0 / lado); cx <= Math.floor((c.x1 - 1) / lado); cx++) {
        const lista = celdas.get(clave(cx, cy));
        if (lista) lista.push(c);
        else celdas.set(clave(cx, cy), [c]);
      }
  return {
    en(caja) {
      const vistos = new Set<Componente>();
      for (let cy = Math.floor(caja.y0 / lado); cy <= Math.floor((caja.y1 - 1) / lado); cy++)
        for (let cx = Math.floor(caja.x0 / lado); cx <= Math.floor((caja.x1 - 1) / lado); cx++)
          for (const c of celdas.get(clave(cx, cy)) ?? [])
            if (c.x0 < caja.x1 && c.x1 > caja.x0 && c.y0 < caja.y1 && c.y1 > caja.y0) vistos.add(c);
      return [...vistos].sort((a, b) => a.x0 - b.x0);
    },
  };
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

/** Where a line of text sits and how tall its capitals are, in pixels. */
export interface Renglon {
  /** The baseline: the bottom of most glyphs. */
  base: number;
  /** The height of its capitals (or of its lowercase letters, if it has no capital or tall letter). */
  altura: number;
  /** Whether it has capitals or tall letters to measure (else `altura` is the lowercase height). */
  altas: boolean;
}

/**
 * A line's baseline and capital height from its glyphs: most glyphs sit on the baseline (those
 * with a descender, a raised mark or a quote are a few), and the tall ones among them are capitals.
 */
export function renglonDe(gs: Componente[]): Renglon | undefined {
  if (gs.length === 0) return undefined;
  let base = gs[0]!.y1;
  let mejor = -1;
  for (const g of gs) {
    const cerca = gs.filter((h) => Math.abs(h.y1 - g.y1) <= 2).length;
    if (cerca > mejor || (cerca === mejor && g.y1 > base)) [mejor, base] = [cerca, g.y1];
  }
  // Capitals and tall letters stand out above the usual (lowercase) height; a line in capitals has only them.
  const sentados = gs.filter((g) => Math.abs(g.y1 - base) <= 2).map((g) => g.y1 - g.y0);
  const usual = mediana(sentados);
  const altas = sentados.filter((h) => h >= 1.15 * usual);
  const altura = altas.length >= 2 ? mediana(altas) : usual;
  return altura > 0 ? { base, altura, altas: altas.length >= 2 } : undefined;
}

/**
 * The raised glyphs that end a word («02ª», «1º», a footnote's «²», a closing quote): glyphs that
 * hang from the top of the capitals with their foot well above the line, smaller than a capital,
 * with at most a full stop or comma after them. Undefined when the word does not end so.
 */
export function voladitaFinal(gs: Componente[], renglon: Renglon | undefined): Componente[] | undefined {
  if (!renglon || gs.length < 2) return undefined;
  const { base, altura } = renglon;
  const tope = base - altura;
  // A dash is above the line too, but in the middle and flat: not a raised glyph.
  const volada = (g: Componente) =>
    g.y1 <= base - 0.2 * altura && g.y0 <= tope + 0.2 * altura && g.y1 - g.y0 <= 0.75 * altura && g.x1 - g.x0 <= 2 * (g.y1 - g.y0);
  const punto = (g: Componente) => g.y1 >= base - 0.15 * altura && g.y1 - g.y0 <= 0.45 * altura && g.x1 - g.x0 <= 0.4 * altura;
  let fin = gs.length;
  while (fin > 1 && punto(gs[fin - 1]!)) fin--;
  let inicio = fin;
  while (inicio > 1 && volada(gs[inicio - 1]!)) inicio--;
  if (inicio === fin || inicio === 0) return undefined;
  return gs.slice(inicio, fin);
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
