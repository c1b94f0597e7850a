import { getCollection } from 'astro:content';
import { corteDeLaConstruccion } from '../configuracion.ts';
import { construirIndice, type Indice } from '../lib/indice.ts';

let indice: Promise<Indice> | undefined;

/** The whole site's data, read from the collections once per build and shared by every page. */
export function obtenerIndice(): Promise<Indice> {
  indice ??= (async () => {
    const [convenios, entes, gobiernos, programas, evaluaciones] = await Promise.all([
      getCollection('convenios'),
      getCollection('entes'),
      getCollection('gobiernos'),
      getCollection('programas'),
      getCollection('evaluaciones'),
    ]);
    const registro = <T>(e: { id: string; data: T }) => ({ id: e.id, datos: e.data });
    const indice = construirIndice(
      {
        convenios: convenios.map(registro),
        entes: entes.map(registro),
        gobiernos: gobiernos.map(registro),
        programas: programas.map(registro),
      },
      corteDeLaConstruccion(),
    );
    return { ...indice, evaluaciones: evaluaciones.map(registro) };
  })();
  return indice;
}
