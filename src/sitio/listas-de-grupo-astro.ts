import type { ConvenioCalculado, Ejercicio, Grupo, GrupoEnte } from '../lib/indice.ts';
import type { GrupoConPaginas } from '../lib/rutas.ts';
import { nombreDePrograma } from '../lib/textos.ts';
import type { Gobierno, Programa } from '../schemas/catalogos.ts';
import { obtenerIndice } from './indice-astro.ts';
import { rutas } from './rutas-astro.ts';

/** What a group's page and its list's later pages share: the same title, columns and breadcrumbs on every page. */
export interface ListaDeGrupo {
  grupo: GrupoConPaginas;
  id: string;
  nombre: string;
  documentos: ConvenioCalculado[];
  titulo: string;
  sin: ('ente' | 'programa' | 'gobierno')[];
  migas: { nombre: string; href: string }[];
}

const palabra = (documentos: readonly ConvenioCalculado[]) => (documentos.every((c) => c.tipo === 'convenio') ? 'Convenios' : 'Documentos');

export function listaDeEnte(e: GrupoEnte): ListaDeGrupo {
  return {
    grupo: 'entes',
    id: e.id,
    nombre: e.datos.siglas ?? e.datos.nombre,
    documentos: e.convenios,
    titulo: `${palabra(e.convenios)} en los que ${e.datos.siglas ?? 'el ente'} es el ente evaluado`,
    sin: ['ente', 'gobierno'],
    migas: [{ nombre: 'Entes', href: rutas.entes }],
  };
}

export function listaDePrograma(p: Grupo<Programa>): ListaDeGrupo {
  const nombre = nombreDePrograma(p.datos);
  return {
    grupo: 'programas',
    id: p.id,
    nombre: `el programa ${nombre}`,
    documentos: p.convenios,
    titulo: `${palabra(p.convenios)} del programa ${nombre}`,
    sin: ['programa'],
    migas: [{ nombre: 'Programas', href: rutas.programas }],
  };
}

export function listaDeGobierno(g: Grupo<Gobierno>): ListaDeGrupo {
  return {
    grupo: 'gobiernos',
    id: g.id,
    nombre: g.datos.nombre,
    documentos: g.convenios,
    titulo: `${palabra(g.convenios)} del ${g.datos.nombre}`,
    sin: ['gobierno'],
    migas: [{ nombre: 'Gobiernos', href: rutas.gobiernos }],
  };
}

export function listaDeEjercicio(e: Ejercicio): ListaDeGrupo {
  const soloConvenios = e.porTipo.seguimiento_federal === 0;
  return {
    grupo: 'ejercicios',
    id: String(e.pae),
    nombre: soloConvenios ? `PAE ${e.pae}` : String(e.pae),
    documentos: e.convenios,
    titulo: soloConvenios ? `Convenios del PAE ${e.pae}` : `Documentos de ${e.pae}`,
    sin: [],
    migas: [{ nombre: 'Ejercicios', href: rutas.ejercicios }],
  };
}

/** Every group's list, for the getStaticPaths of its later pages. */
export async function listasDeGrupo(grupo: GrupoConPaginas): Promise<ListaDeGrupo[]> {
  const indice = await obtenerIndice();
  if (grupo === 'entes') return indice.entes.map(listaDeEnte);
  if (grupo === 'programas') return indice.programas.map(listaDePrograma);
  if (grupo === 'gobiernos') return indice.gobiernos.map(listaDeGobierno);
  return indice.ejercicios.map(listaDeEjercicio);
}
