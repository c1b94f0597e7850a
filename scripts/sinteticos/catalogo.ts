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
import type { Catalogo, Ente, EnteDatos, Gobierno, Programa } from './tipos.ts';

function slug(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function crearCatalogo(semilla: number): Catalogo {
  const gobiernos: Gobierno[] = [];
  const entes = new Map<string, Ente>();
  const programas = new Map<string, Programa>();

  const agregarPrograma = (estado: EstadoDef, nivel: 'estatal' | 'municipal', clave: string): string => {
    const nombre = (nivel === 'estatal' ? PROGRAMAS_ESTATALES : PROGRAMAS_MUNICIPALES)[clave]!;
    const id = `${estado.corto}-${nivel}-${clave}-${slug(nombre)}`;
    if (!programas.has(id)) {
      programas.set(id, {
        id,
        clave,
        nombre,
        datos: {
          clave,
          nombre,
          estructura:
            nivel === 'estatal'
              ? `Estructura programática del Gobierno ${estado.delEstado}`
              : `Estructura programática municipal ${estado.delEstado} (compartida por sus municipios)`,
        },
      });
    }
    return id;
  };

  const crearEnte = (g: Gobierno, tipo: TipoEnte, azar: Azar): Ente => {
    const id = `${tipo.clave}-${g.corto}`;
    const nombre = tipo.nombre(g.nivel === 'estatal' ? g.estado.delEstado : g.lugar);
    const datos: EnteDatos = {
      nombre,
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
      programas: tipo.programas.map((c) => agregarPrograma(g.estado, g.nivel, c)),
      diligencia: 0.15 + 0.8 * azar.sig(),
    };
    if (entes.has(id)) throw new Error(`ente repetido: ${id}`);
    entes.set(id, e);
    return e;
  };

  for (const estado of ESTADOS) {
    const niveles: { nivel: 'estatal' | 'municipal'; lugar: string }[] = [
      { nivel: 'estatal', lugar: estado.capital },
      ...estado.municipios.map((m) => ({ nivel: 'municipal' as const, lugar: m })),
    ];
    for (const { nivel, lugar } of niveles) {
      const corto = nivel === 'estatal' ? estado.corto : slug(lugar);
      const id = nivel === 'estatal' ? `gobierno-${slug(estado.delEstado)}` : `municipio-de-${corto}`;
      const azar = new Azar(semilla, `gobierno:${id}`);
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
        g.coordinadora = crearEnte(g, EST_COORD, azar);
        g.contraloria = crearEnte(g, EST_CONTRALORIA, azar);
        for (const t of azar.mezclar(EST_EVALUADOS).slice(0, azar.entero(4, 6))) g.evaluados.push(crearEnte(g, t, azar));
      } else {
        g.coordinadora = crearEnte(g, azar.elegir(MUN_COORD), azar);
        g.tesoreria = crearEnte(g, MUN_TESORERIA, azar);
        g.contraloria = crearEnte(g, MUN_CONTRALORIA, azar);
        for (const t of azar.mezclar(MUN_EVALUADOS).slice(0, azar.entero(3, 5))) g.evaluados.push(crearEnte(g, t, azar));
      }
      g.evaluados.sort((a, b) => (a.id < b.id ? -1 : 1));
      gobiernos.push(g);
    }
  }
  return { gobiernos, entes, programas };
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
