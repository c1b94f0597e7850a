/**
 * The importer of the SHCP's ASM data over a content folder held in memory, for tests: the real content plus
 * an imported release. Not a test file.
 */
import { readFileSync } from 'node:fs';
import { leerCatalogo } from '../../src/contenido/catalogo-fs.ts';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { importarShcp, type CatalogoParaShcp } from '../../src/lib/importador-shcp/index.ts';
import type { Catalogo } from '../../src/lib/indice.ts';
import { ente, gobierno, programa } from '../../src/schemas/catalogos.ts';
import { documento, type Documento } from '../../src/schemas/documento.ts';
import type { SeguimientoFederal } from '../../src/schemas/seguimiento-federal.ts';
import { esDelRegistroShcp } from '../contenido-curado.ts';

/** The 25-row excerpt of the published file (public data), as UTF-8. */
export const EXTRACTO = readFileSync('tests/fixtures/shcp/asm-sample-25-rows.utf8.csv');

/** A content folder held in memory: path inside the folder → text. */
export type Carpeta = Map<string, string>;

/** The curated content (without the SHCP record already imported into content/), held in memory. */
export function carpetaReal(): Carpeta {
  const c = leerCatalogo('content');
  const mapa: Carpeta = new Map();
  for (const [k, lista] of Object.entries(c))
    for (const e of lista)
      if (!esDelRegistroShcp(e.archivo)) mapa.set(`${k}/${e.id}${k === 'convenios' ? '.md' : '.yaml'}`, readFileSync(e.archivo, 'utf8'));
  return mapa;
}

/** The catalogue the importer needs, read back from the texts with the build's own schemas. */
export function catalogoDe(carpeta: Carpeta): CatalogoParaShcp & { documentos: { id: string; datos: Documento }[] } {
  const leer = <S extends Parameters<typeof leerArchivo>[2]>(prefijo: string, esquema: S, ext: string) =>
    [...carpeta.entries()]
      .filter(([r]) => r.startsWith(`${prefijo}/`))
      .map(([r, t]) => {
        const l = leerArchivo(r, t, esquema);
        if (!l.ok) throw new Error(`${r}: ${JSON.stringify(l.problemas)}`);
        return { id: r.slice(prefijo.length + 1, -ext.length), datos: l.valor.datos };
      });
  const documentos = leer('convenios', documento, '.md') as { id: string; datos: Documento }[];
  return {
    gobiernos: leer('gobiernos', gobierno, '.yaml'),
    entes: leer('entes', ente, '.yaml'),
    programas: leer('programas', programa, '.yaml'),
    idsDeDocumentos: documentos.map((d) => d.id),
    federales: documentos.filter((d): d is { id: string; datos: SeguimientoFederal } => d.datos.tipo === 'seguimiento_federal'),
    documentos,
  };
}

export function importarEn(carpeta: Carpeta, bytes: Uint8Array, opciones = {}) {
  const r = importarShcp(bytes, catalogoDe(carpeta), carpeta, opciones);
  const nueva = new Map(carpeta);
  for (const a of r.archivos) nueva.set(a.ruta, a.texto);
  return { ...r, carpeta: nueva };
}

export const federalesDe = (carpeta: Carpeta) => catalogoDe(carpeta).federales;
export const compromisosDe = (carpeta: Carpeta) => federalesDe(carpeta).flatMap((d) => d.datos.compromisos.map((k) => ({ doc: d, k })));

/** The real content with the excerpt imported, as construirIndice takes it. */
export function catalogoConExtracto(): Catalogo {
  const cat = catalogoDe(importarEn(carpetaReal(), EXTRACTO).carpeta);
  return { gobiernos: cat.gobiernos, entes: cat.entes, programas: cat.programas, convenios: cat.documentos };
}
