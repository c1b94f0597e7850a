import { getCollection } from 'astro:content';
import { corteDeLaConstruccion } from '../configuracion.ts';
import { contenidoDeLaConstruccion } from '../contenido/entrega.ts';
import { construirIndice, type Indice } from '../lib/indice.ts';
import type { Documento } from '../schemas/documento.ts';
import type { Ente, Gobierno, Programa } from '../schemas/catalogos.ts';
import type { Evaluacion } from '../schemas/evaluacion.ts';

interface Registros {
  convenios: { id: string; datos: Documento }[];
  entes: { id: string; datos: Ente }[];
  gobiernos: { id: string; datos: Gobierno }[];
  programas: { id: string; datos: Programa }[];
  evaluaciones: { id: string; datos: Evaluacion }[];
}

/** `astro dev` only: the collections hold the data the loader checked (src/content.config.ts). */
async function deLasColecciones(): Promise<Registros> {
  const leer = async <T>(nombre: keyof Registros) => (await getCollection(nombre)).map((e) => ({ id: e.id, datos: e.data as T }));
  return {
    convenios: await leer<Documento>('convenios'),
    entes: await leer<Ente>('entes'),
    gobiernos: await leer<Gobierno>('gobiernos'),
    programas: await leer<Programa>('programas'),
    evaluaciones: await leer<Evaluacion>('evaluaciones'),
  };
}

let indice: Promise<Indice> | undefined;

/** The whole site's data, read once per build and shared by every page. */
export function obtenerIndice(): Promise<Indice> {
  indice ??= (async () => {
    const { evaluaciones, ...resto } = contenidoDeLaConstruccion() ?? (await deLasColecciones());
    const registro = <T>(e: { id: string; datos: T }) => ({ id: e.id, datos: e.datos });
    const construido = construirIndice(
      {
        convenios: resto.convenios.map(registro),
        entes: resto.entes.map(registro),
        gobiernos: resto.gobiernos.map(registro),
        programas: resto.programas.map(registro),
      },
      corteDeLaConstruccion(),
    );
    return { ...construido, evaluaciones: evaluaciones.map(registro) };
  })();
  return indice;
}
