import { comoTexto, type Pieza } from '../../src/lib/reconstruccion.ts';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aCsv } from '../../src/lib/datos/csv.ts';
import { filasPorAnio } from '../../src/lib/datos/descargas.ts';
import { formatearBytes, formatearPeso } from '../../src/lib/datos/diccionario.ts';
import { archivosCsv, medirTrozos, paqueteDeDatos } from '../../src/lib/datos/paquete.ts';
import { archivoDeParte, etiquetaDeParte, partesPorAnio, SIN_ANIO, tituloDeParte } from '../../src/lib/datos/por-anio.ts';
import {
  aJson,
  cabeceraDeConjunto,
  conjuntoDe,
  esquemaDeDescarga,
  piezaDeConjunto,
  registroDe,
  registroDesdePieza,
  TITULO_DE_CONJUNTO,
  trozosDeConjunto,
} from '../../src/lib/datos/registro.ts';
import { tablaPorNombre } from '../../src/lib/datos/tablas.ts';
import { construirIndice, type ConvenioCalculado } from '../../src/lib/indice.ts';
import { indiceDePrueba, publicacion } from './datos-catalogo.ts';
import { validador } from './esquema-json.ts';
import { catalogoConExtracto } from './shcp-fabrica.ts';

// The real content with the 25-row excerpt imported: convenios of two PAE years, federal follow-ups of several
// evaluation years and one whose source gives no year.
const indice = construirIndice(catalogoConExtracto(), '2025-01-15');
const pub = publicacion();
const ids = (lista: readonly { id: string }[]) => lista.map((c) => c.id);
const leerCsv = (texto: string) => parse(texto, { bom: true, columns: true }) as Record<string, string>[];
const unir = (trozos: readonly Pieza[]) => trozos.map(comoTexto).join('');

describe('partesPorAnio', () => {
  const partes = partesPorAnio(indice.convenios);

  it('pone cada documento en exactamente una parte, la de su año, en el orden del sitio', () => {
    expect(ids(partes.flatMap((p) => p.documentos)).sort()).toEqual(ids(indice.convenios).sort());
    for (const p of partes) {
      expect(p.documentos.length).toBeGreaterThan(0);
      for (const c of p.documentos) expect(c.anio).toBe(p.anio);
      const orden = ids(indice.convenios).filter((id) => ids(p.documentos).includes(id));
      expect(ids(p.documentos)).toEqual(orden);
    }
  });

  it('años del más reciente al más antiguo y, al final, los documentos sin año', () => {
    const anios = partes.map((p) => p.anio);
    expect(anios.at(-1)).toBeUndefined();
    expect(partes.at(-1)!.clave).toBe(SIN_ANIO);
    const conAnio = anios.slice(0, -1) as number[];
    expect(conAnio).toEqual([...conAnio].sort((a, b) => b - a));
    expect(new Set(conAnio).size).toBe(conAnio.length);
    // The same years the site's /ejercicios/ pages list.
    expect(conAnio).toEqual(indice.ejercicios.map((e) => e.pae));
  });

  it.each([
    { caso: 'sin documentos', documentos: [] as ConvenioCalculado[], claves: [] },
    { caso: 'sólo documentos sin año', documentos: [{ id: 'a' }, { id: 'b' }] as ConvenioCalculado[], claves: [SIN_ANIO] },
    {
      caso: 'un año sin año en medio',
      documentos: [{ id: 'a', anio: 2020 }, { id: 'b' }, { id: 'c', anio: 2024 }, { id: 'd', anio: 2020 }] as ConvenioCalculado[],
      claves: ['2024', '2020', SIN_ANIO],
    },
  ])('$caso', ({ documentos, claves }) => {
    expect(partesPorAnio(documentos).map((p) => p.clave)).toEqual(claves);
  });

  it.each([
    { anio: 2024, etiqueta: '2024', json: 'convenios-2024.json', titulo: `${TITULO_DE_CONJUNTO}: año 2024` },
    { anio: undefined, etiqueta: 'Sin año', json: 'convenios-sin-anio.json', titulo: `${TITULO_DE_CONJUNTO}: documentos sin año` },
  ])('nombres del año $anio', ({ anio, etiqueta, json, titulo }) => {
    const parte = anio === undefined ? {} : { anio };
    expect(etiquetaDeParte(parte)).toBe(etiqueta);
    expect(archivoDeParte('convenios', anio === undefined ? SIN_ANIO : String(anio), 'json')).toBe(json);
    expect(tituloDeParte(TITULO_DE_CONJUNTO, parte)).toBe(titulo);
  });
});

describe('JSON en trozos', () => {
  const piezas = new Map(indice.convenios.map((c) => [c.id, piezaDeConjunto(c, indice, pub)]));
  const trozosDe = (documentos: readonly ConvenioCalculado[], titulo?: string) =>
    trozosDeConjunto(
      cabeceraDeConjunto(indice, pub, titulo),
      documentos.map((c) => piezas.get(c.id)!),
    );

  it('convenios.json armado de las piezas es, byte por byte, el de antes', () => {
    expect(unir(trozosDe(indice.convenios))).toBe(aJson(conjuntoDe(indice, pub)));
  });

  it('también con el índice pequeño, y con ningún documento', () => {
    const chico = indiceDePrueba();
    const trozos = trozosDeConjunto(
      cabeceraDeConjunto(chico, pub),
      chico.convenios.map((c) => piezaDeConjunto(c, chico, pub)),
    );
    expect(unir(trozos)).toBe(aJson(conjuntoDe(chico, pub)));
    expect(unir(trozosDeConjunto(cabeceraDeConjunto(chico, pub), []))).toBe(aJson({ ...cabeceraDeConjunto(chico, pub), convenios: [] }));
  });

  it('cada año es convenios.json con sólo sus documentos, valida con el mismo esquema y juntos son todos', () => {
    const validar = validador(esquemaDeDescarga('convenios', pub));
    const completo = JSON.parse(aJson(conjuntoDe(indice, pub))) as { convenios: { id: string }[] };
    const porId = new Map(completo.convenios.map((c) => [c.id, c]));
    const vistos: string[] = [];
    for (const p of partesPorAnio(indice.convenios)) {
      const texto = unir(trozosDe(p.documentos, tituloDeParte(TITULO_DE_CONJUNTO, p)));
      const anio = JSON.parse(texto) as { titulo: string; convenios: { id: string }[] };
      expect(validar(anio)).toEqual([]);
      expect(anio.titulo).toBe(tituloDeParte(TITULO_DE_CONJUNTO, p));
      expect(anio.convenios).toEqual(p.documentos.map((c) => porId.get(c.id)));
      vistos.push(...ids(anio.convenios));
    }
    expect(vistos.sort()).toEqual(ids(indice.convenios).sort());
  });

  it('cada /convenios/{id}.json cortado de su pieza es, byte por byte, el de antes', () => {
    const esquema = 'https://ejemplo.gob.mx/datos/esquemas/registro-convenio.schema.json';
    for (const c of indice.convenios) expect(registroDesdePieza(piezas.get(c.id)!, esquema)).toBe(aJson(registroDe(c, indice, pub)));
    const chico = indiceDePrueba();
    for (const c of chico.convenios)
      expect(registroDesdePieza(piezaDeConjunto(c, chico, pub), esquema)).toBe(aJson(registroDe(c, chico, pub)));
  });

  it('medirTrozos da los bytes y la huella del texto unido', () => {
    const trozos = ['\uFEFFa,b\r\n', 'ñandú,😀\r\n', ''];
    const m = medirTrozos(trozos);
    expect(m.bytes).toBe(Buffer.byteLength(unir(trozos)));
    expect(m.sha256).toBe(medirTrozos([unir(trozos)]).sha256);
  });
});

describe('CSV por año', () => {
  const archivos = archivosCsv(indice, pub);
  const partidas = archivos.filter((a) => a.porAnio);

  it('se parten las dos tablas que crecen con los documentos; los catálogos no', () => {
    expect(partidas.map((a) => a.tabla.nombre)).toEqual(['compromisos', 'convenios']);
  });

  it.each(['compromisos', 'entes', 'convenios', 'programas', 'gobiernos', 'evaluaciones'])(
    '%s.csv completo es, byte por byte, el de antes',
    (nombre) => {
      const tabla = tablaPorNombre(nombre);
      const a = archivos.find((x) => x.tabla.nombre === nombre)!;
      const texto = aCsv(tabla, tabla.filas(indice, pub));
      expect(unir(a.trozos)).toBe(texto);
      expect(a.bytes).toBe(Buffer.byteLength(texto));
    },
  );

  it.each(partidas.map((a) => [a.tabla.nombre, a] as const))(
    '%s: cada año tiene la cabecera y sólo los renglones de sus documentos; juntos, cada renglón una vez',
    (_n, a) => {
      const completo = leerCsv(unir(a.trozos));
      const columna = a.tabla.porDocumento!.columna;
      const anioDe = new Map(indice.convenios.map((c) => [c.id, c.anio]));
      const juntos: Record<string, string>[] = [];
      for (const p of a.porAnio!) {
        const texto = unir(p.trozos);
        expect(texto.startsWith(aCsv(a.tabla, []))).toBe(true);
        expect(p.archivo).toBe(`${a.tabla.nombre}-${p.clave}.csv`);
        expect(p.bytes).toBe(Buffer.byteLength(texto));
        const filas = leerCsv(texto);
        expect(filas).toHaveLength(p.filas);
        for (const f of filas) expect(anioDe.get(f[columna]!)).toBe(p.anio);
        // Each year keeps the whole file's order.
        expect(filas).toEqual(completo.filter((f) => anioDe.get(f[columna]!) === p.anio));
        juntos.push(...filas);
      }
      expect(juntos).toHaveLength(completo.length);
      expect(a.porAnio!.reduce((n, p) => n + p.filas, 0)).toBe(a.filas);
      const clave = (f: Record<string, string>) => a.tabla.clavePrimaria.map((k) => f[k]).join('\u0000');
      expect(juntos.map(clave).sort()).toEqual(completo.map(clave).sort());
    },
  );

  it('el Data Package lista los archivos por año de cada tabla partida, con tamaño y huella', () => {
    const paquete = paqueteDeDatos(indice, pub, archivos) as {
      resources: { name: string; por_anio?: { anio: number | null; path: string; bytes: number; hash: string; filas: number }[] }[];
    };
    for (const r of paquete.resources) {
      const a = archivos.find((x) => x.tabla.nombre === r.name)!;
      if (!a.porAnio) {
        expect(r.por_anio).toBeUndefined();
        continue;
      }
      expect(r.por_anio).toEqual(
        a.porAnio.map((p) => ({
          anio: p.anio ?? null,
          path: `por-anio/${p.archivo}`,
          bytes: p.bytes,
          hash: `sha256:${p.sha256}`,
          filas: p.filas,
        })),
      );
    }
  });
});

describe('tabla por año de /datos/', () => {
  it('un renglón por parte con sus documentos, sus compromisos y sus archivos', () => {
    const archivos = archivosCsv(indice, pub);
    const partes = partesPorAnio(indice.convenios);
    const filas = filasPorAnio(
      partes.map((parte) => ({
        parte,
        json: { archivo: archivoDeParte('convenios', parte.clave, 'json'), bytes: 10 },
        csv: archivos.flatMap((a) =>
          (a.porAnio ?? []).filter((p) => p.clave === parte.clave).map((p) => ({ ...p, tabla: a.tabla.nombre })),
        ),
      })),
      (archivo) => `/datos/por-anio/${archivo}`,
    );
    expect(filas.map((f) => f.clave)).toEqual(partes.map((p) => p.clave));
    expect(filas.at(-1)).toMatchObject({
      etiqueta: 'Sin año',
      json: { nombre: 'convenios-sin-anio.json', href: '/datos/por-anio/convenios-sin-anio.json' },
    });
    expect(filas.reduce((n, f) => n + f.documentos, 0)).toBe(indice.convenios.length);
    expect(filas.reduce((n, f) => n + f.compromisos, 0)).toBe(indice.convenios.reduce((n, c) => n + c.compromisos.length, 0));
    for (const f of filas) expect(Object.keys(f.csv)).toEqual(['compromisos', 'convenios']);
  });
});

describe('pesos en español', () => {
  it.each([
    [0, '0 bytes', '0 bytes'],
    [1, '1 byte', '1 byte'],
    [1023, '1,023 bytes', '1,023 bytes'],
    [1024, '1 kB', '1,024 bytes (1 kB)'],
    [10_080, '9.8 kB', '10,080 bytes (9.8 kB)'],
    [16_353_690, '15.6 MB', '16,353,690 bytes (15.6 MB)'],
    [167_503_872, '159.7 MB', '167,503,872 bytes (159.7 MB)'],
    [3_221_225_472, '3 GB', '3,221,225,472 bytes (3 GB)'],
  ])('%i bytes: «%s», «%s»', (n, corto, largo) => {
    expect(formatearPeso(n)).toBe(corto);
    expect(formatearBytes(n)).toBe(largo);
  });
});
