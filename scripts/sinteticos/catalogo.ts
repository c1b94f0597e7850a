/** The synthetic catalogue: governments, their public bodies and programs, and who heads each body. */
import { Azar } from './azar.ts';
import {
  APELLIDOS,
  EST_CONTRALORIA,
  EST_COORD,
  EST_EVALUADOS,
  ESTADOS,
  MUN_CONTRALORIA,
  MUN_COORD,
  MUN_EVALUADOS,
  MUN_TESORERIA,
  NOMBRES,
  PROGRAMAS_ESTATALES,
  PROGRAMAS_MUNICIPALES,
  type EstadoDef,
  type Genero,
  type TipoEnte,
} from './tablas-catalogo.ts';
import type { Catalogo, Ente, EnteDatos, Gobierno } from './tipos.ts';

function slug(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every government of the tables (each state and its municipalities), with its bodies and their programs. */
export function crearCatalogo(semilla: number): Catalogo {
  const catalogo: Catalogo = { gobiernos: [], entes: new Map(), programas: new Map() };
  for (const estado of ESTADOS) {
    agregarGobierno(catalogo, semilla, estado, 'estatal', estado.capital);
    for (const municipio of estado.municipios) agregarGobierno(catalogo, semilla, estado, 'municipal', municipio);
  }
  return catalogo;
}

type Nivel = Gobierno['nivel'];

/**
 * A government and its bodies: a coordinator, a comptroller, a treasury (municipalities only)
 * and 4–6 (state) or 3–5 (municipal) evaluated bodies, drawn from the tables.
 */
function agregarGobierno(catalogo: Catalogo, semilla: number, estado: EstadoDef, nivel: Nivel, lugar: string): void {
  const corto = nivel === 'estatal' ? estado.corto : slug(lugar);
  const id = nivel === 'estatal' ? `gobierno-${slug(estado.delEstado)}` : `municipio-de-${corto}`;
  const azar = new Azar(semilla, `gobierno:${id}`);
  // Its bodies point back to it, so it is built first and they are filled in below.
  const g = {
    id,
    corto,
    nivel,
    estado,
    lugar,
    datos: {
      nombre: nivel === 'estatal' ? `Gobierno ${estado.delEstado}` : `Municipio de ${lugar}`,
      nivel,
      entidad_federativa: estado.entidad,
      sitio_web: `https://${corto}.example.gob.mx`,
    },
    denominacionEvaluado: nivel === 'estatal' || azar.probable(0.4) ? 'EL SUJETO EVALUADO' : 'LA DEPENDENCIA EVALUADA',
    peso: nivel === 'estatal' ? 2 : 1,
    evaluados: [],
  } as unknown as Gobierno;
  if (nivel === 'estatal') {
    g.coordinadora = agregarEnte(catalogo, g, EST_COORD, azar);
    g.contraloria = agregarEnte(catalogo, g, EST_CONTRALORIA, azar);
    for (const t of azar.mezclar(EST_EVALUADOS).slice(0, azar.entero(4, 6))) g.evaluados.push(agregarEnte(catalogo, g, t, azar));
  } else {
    g.coordinadora = agregarEnte(catalogo, g, azar.elegir(MUN_COORD), azar);
    g.tesoreria = agregarEnte(catalogo, g, MUN_TESORERIA, azar);
    g.contraloria = agregarEnte(catalogo, g, MUN_CONTRALORIA, azar);
    for (const t of azar.mezclar(MUN_EVALUADOS).slice(0, azar.entero(3, 5))) g.evaluados.push(agregarEnte(catalogo, g, t, azar));
  }
  g.evaluados.sort((a, b) => (a.id < b.id ? -1 : 1));
  catalogo.gobiernos.push(g);
}

/** A body of a government, of one kind of the tables, with the programs it may be evaluated on. */
function agregarEnte(catalogo: Catalogo, g: Gobierno, tipo: TipoEnte, azar: Azar): Ente {
  const id = `${tipo.clave}-${g.corto}`;
  const datos: EnteDatos = {
    nombre: tipo.nombre(g.nivel === 'estatal' ? g.estado.delEstado : g.lugar),
    siglas: tipo.siglas,
    gobierno: g.id,
    naturaleza: tipo.naturaleza,
    sitio_web: azar.probable(0.6) ? `https://${g.corto}.example.gob.mx/${tipo.clave}` : undefined,
  };
  const e: Ente = {
    id,
    tipo,
    gobierno: g,
    datos,
    programas: tipo.programas.map((clave) => agregarPrograma(catalogo, g.estado, g.nivel, clave)),
    diligencia: 0.15 + 0.8 * azar.sig(),
  };
  if (catalogo.entes.has(id)) throw new Error(`ente repetido: ${id}`);
  catalogo.entes.set(id, e);
  return e;
}

/** A program of the state's (or its municipalities' shared) programmatic structure; returns its id. */
function agregarPrograma(catalogo: Catalogo, estado: EstadoDef, nivel: Nivel, clave: string): string {
  const nombre = (nivel === 'estatal' ? PROGRAMAS_ESTATALES : PROGRAMAS_MUNICIPALES)[clave]!;
  const id = `${estado.corto}-${nivel}-${clave}-${slug(nombre)}`;
  if (!catalogo.programas.has(id)) {
    const estructura =
      nivel === 'estatal'
        ? `Estructura programática del Gobierno ${estado.delEstado}`
        : `Estructura programática municipal ${estado.delEstado} (compartida por sus municipios)`;
    catalogo.programas.set(id, { id, clave, nombre, datos: { clave, nombre, estructura } });
  }
  return id;
}

interface Persona {
  nombre: string;
  genero: Genero;
}

function persona(azar: Azar, pMujer: number): Persona {
  const genero: Genero = azar.probable(pMujer) ? 1 : 0;
  const a1 = azar.elegir(APELLIDOS);
  let a2 = azar.elegir(APELLIDOS);
  if (a2 === a1) a2 = azar.elegir(APELLIDOS);
  return { nombre: `${azar.elegir(NOMBRES[genero])} ${a1} ${a2}`, genero };
}

/** Administration in office when a convenio is signed: 3-year municipal terms, 6-year state terms. */
export function administracion(nivel: 'estatal' | 'municipal', anio: number): [number, number] {
  const [base, largo] = nivel === 'estatal' ? [2017, 6] : [2016, 3];
  const inicio = base + Math.floor((anio - base) / largo) * largo;
  return [inicio, inicio + largo - 1];
}

/** Whoever heads (or is the designated contact of) a body stays the same for a whole administration. */
export function titularDe(semilla: number, e: Ente, anio: number, papel: 'titular' | 'responsable'): { nombre: string; cargo: string } {
  const [inicio] = administracion(e.gobierno.nivel, anio);
  const azar = new Azar(semilla, `${papel}:${e.id}:${inicio}`);
  const p = persona(azar, e.tipo.pMujer);
  return { nombre: p.nombre, cargo: e.tipo[papel][p.genero] };
}
