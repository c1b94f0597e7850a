import type { Convenio } from '../schemas/convenio.ts';
import type { Compromiso } from '../schemas/compromiso.ts';
import type { Ente, Gobierno, Programa } from '../schemas/catalogos.ts';
import type { Rol } from '../schemas/parte.ts';
import { anomaliasDe } from './anomalias.ts';
import { sumarDias } from './fechas.ts';
import { situacionDe, type Situacion } from './estados.ts';
import { sumarConteos, contar, type Conteo } from './tasas.ts';

export interface Registro<T> {
  id: string;
  datos: T;
}

export interface CompromisoCalculado {
  convenioId: string;
  compromiso: Compromiso;
  situacion: Situacion;
}

export interface ConvenioCalculado extends Registro<Convenio> {
  gobierno: Registro<Gobierno>;
  programa: Registro<Programa>;
  enteEvaluado: Registro<Ente>;
  compromisos: CompromisoCalculado[];
  conteo: Conteo;
  anomalias: string[];
}

export interface Grupo<T> extends Registro<T> {
  /** Convenios that count in this group's rates, newest first. */
  convenios: ConvenioCalculado[];
  conteo: Conteo;
}

export interface GrupoEnte extends Grupo<Ente> {
  gobierno: Registro<Gobierno>;
  /** Convenios where the ente takes part in another role (coordinating, control, treasury). */
  participaciones: { convenio: ConvenioCalculado; rol: Rol }[];
}

export interface Ejercicio {
  pae: number;
  convenios: ConvenioCalculado[];
  conteo: Conteo;
}

export interface Indice {
  corte: string;
  convenios: ConvenioCalculado[];
  entes: GrupoEnte[];
  programas: Grupo<Programa>[];
  gobiernos: Grupo<Gobierno>[];
  ejercicios: Ejercicio[];
  conteo: Conteo;
  porId: {
    convenios: Map<string, ConvenioCalculado>;
    entes: Map<string, GrupoEnte>;
    programas: Map<string, Grupo<Programa>>;
    gobiernos: Map<string, Grupo<Gobierno>>;
  };
}

export interface Catalogo {
  convenios: Registro<Convenio>[];
  entes: Registro<Ente>[];
  gobiernos: Registro<Gobierno>[];
  programas: Registro<Programa>[];
}

const porFechaDeFirma = (a: ConvenioCalculado, b: ConvenioCalculado) =>
  a.datos.firma.fecha !== b.datos.firma.fecha ? (a.datos.firma.fecha < b.datos.firma.fecha ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const porNombre = (a: { datos: { nombre: string } }, b: { datos: { nombre: string } }) => a.datos.nombre.localeCompare(b.datos.nombre, 'es-MX');

function buscar<T>(mapa: Map<string, T>, id: string, que: string): T {
  const valor = mapa.get(id);
  // The content loader has already checked references; reaching this is a bug, not bad content.
  if (valor === undefined) throw new Error(`Referencia sin resolver: ${que} «${id}»`);
  return valor;
}

/**
 * Derives every status, count and grouping the site shows from the content, in one pass.
 * Every list is sorted explicitly so that two builds of the same content are identical.
 */
export function construirIndice(catalogo: Catalogo, corte: string): Indice {
  const gobiernos = new Map(catalogo.gobiernos.map((g) => [g.id, g]));
  const entes = new Map(catalogo.entes.map((e) => [e.id, e]));
  const programas = new Map(catalogo.programas.map((p) => [p.id, p]));

  const convenios: ConvenioCalculado[] = catalogo.convenios.map((c) => {
    const compromisos = c.datos.compromisos.map((k) => ({
      convenioId: c.id,
      compromiso: k,
      situacion: situacionDe(k.fecha_comprometida, k.seguimiento, corte),
    }));
    const evaluado = c.datos.partes.find((p) => p.rol === 'sujeto_evaluado');
    if (!evaluado) throw new Error(`El convenio «${c.id}» no tiene sujeto evaluado`);
    return {
      ...c,
      gobierno: buscar(gobiernos, c.datos.gobierno, 'gobierno'),
      programa: buscar(programas, c.datos.programa, 'programa'),
      enteEvaluado: buscar(entes, evaluado.ente, 'ente'),
      compromisos,
      conteo: contar(compromisos.map((k) => k.situacion.estado)),
      anomalias: anomaliasDe(c.datos),
    };
  });
  convenios.sort(porFechaDeFirma);

  const agrupar = <T>(registros: Registro<T>[], clave: (c: ConvenioCalculado) => string): Grupo<T>[] => {
    const miembros = new Map<string, ConvenioCalculado[]>(registros.map((r) => [r.id, []]));
    for (const c of convenios) miembros.get(clave(c))?.push(c);
    return registros.map((r) => {
      const lista = miembros.get(r.id) ?? [];
      return { ...r, convenios: lista, conteo: sumarConteos(lista.map((c) => c.conteo)) };
    });
  };

  const gruposEnte: GrupoEnte[] = agrupar(catalogo.entes, (c) => c.enteEvaluado.id).map((g) => ({
    ...g,
    gobierno: buscar(gobiernos, g.datos.gobierno, 'gobierno'),
    participaciones: [],
  }));
  const entePorId = new Map(gruposEnte.map((g) => [g.id, g]));
  for (const c of convenios) {
    for (const p of c.datos.partes) {
      if (p.rol !== 'sujeto_evaluado') entePorId.get(p.ente)?.participaciones.push({ convenio: c, rol: p.rol });
    }
  }

  const gruposPrograma = agrupar(catalogo.programas, (c) => c.programa.id);
  const gruposGobierno = agrupar(catalogo.gobiernos, (c) => c.gobierno.id);

  const paes = new Map<number, ConvenioCalculado[]>();
  for (const c of convenios) {
    const lista = paes.get(c.datos.pae);
    if (lista) lista.push(c);
    else paes.set(c.datos.pae, [c]);
  }
  const ejercicios = [...paes.entries()]
    .sort(([a], [b]) => b - a)
    .map(([pae, lista]) => ({ pae, convenios: lista, conteo: sumarConteos(lista.map((c) => c.conteo)) }));

  gruposEnte.sort(porNombre);
  gruposPrograma.sort(porNombre);
  gruposGobierno.sort(porNombre);

  return {
    corte,
    convenios,
    entes: gruposEnte,
    programas: gruposPrograma,
    gobiernos: gruposGobierno,
    ejercicios,
    conteo: sumarConteos(convenios.map((c) => c.conteo)),
    porId: {
      convenios: new Map(convenios.map((c) => [c.id, c])),
      entes: entePorId,
      programas: new Map(gruposPrograma.map((g) => [g.id, g])),
      gobiernos: new Map(gruposGobierno.map((g) => [g.id, g])),
    },
  };
}

/** Open commitments that fall due within `dias` days of the cut-off, soonest first. */
export function compromisosPorVencer(indice: Indice, dias: number): CompromisoCalculado[] {
  const hasta = sumarDias(indice.corte, dias);
  return indice.convenios
    .flatMap((c) => c.compromisos)
    .filter((k) => (k.situacion.estado === 'pendiente' || k.situacion.estado === 'en_proceso') && k.situacion.vencimiento <= hasta)
    .sort((a, b) => (a.situacion.vencimiento < b.situacion.vencimiento ? -1 : a.situacion.vencimiento > b.situacion.vencimiento ? 1 : 0));
}
