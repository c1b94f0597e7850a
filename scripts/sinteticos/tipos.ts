/** Types shared by the generator's steps: the schemas' input shapes and the in-memory catalogue. */
import type { z } from 'zod';
import type { convenio as esquemaConvenio } from '../../src/schemas/convenio.ts';
import type { ente as esquemaEnte, gobierno as esquemaGobierno, programa as esquemaPrograma } from '../../src/schemas/catalogos.ts';
import type { EstadoDef, TipoEnte } from './tablas-catalogo.ts';

export type ConvenioDatos = z.input<typeof esquemaConvenio>;
export type CompromisoDatos = ConvenioDatos['compromisos'][number];
export type ReporteDatos = NonNullable<CompromisoDatos['seguimiento']>[number];
export type ParteDatos = ConvenioDatos['partes'][number];
export type EnteDatos = z.input<typeof esquemaEnte>;
export type GobiernoDatos = z.input<typeof esquemaGobierno>;
export type ProgramaDatos = z.input<typeof esquemaPrograma>;

export interface Gobierno {
  id: string;
  corto: string;
  nivel: 'estatal' | 'municipal';
  estado: EstadoDef;
  /** Municipality name, or the state capital for a state government. */
  lugar: string;
  datos: GobiernoDatos;
  coordinadora: Ente;
  contraloria: Ente;
  tesoreria?: Ente;
  evaluados: Ente[];
  /** «EL SUJETO EVALUADO» or «LA DEPENDENCIA EVALUADA». */
  denominacionEvaluado: string;
  peso: number;
}

export interface Ente {
  id: string;
  tipo: TipoEnte;
  gobierno: Gobierno;
  datos: EnteDatos;
  /** Programs this body may be evaluated on (program ids). */
  programas: string[];
  /** 0–1: how promptly it attends its commitments; varies compliance between bodies. */
  diligencia: number;
}

export interface Programa {
  id: string;
  clave: string;
  nombre: string;
  datos: ProgramaDatos;
}

export interface Catalogo {
  gobiernos: Gobierno[];
  entes: Map<string, Ente>;
  programas: Map<string, Programa>;
}

export interface Contexto {
  semilla: number;
  /** Cut-off date (AAAA-MM-DD). */
  corte: string;
  catalogo: Catalogo;
  gobiernosPonderados: Gobierno[];
  ancho: number;
  /** Evaluated body, program, PAE and evaluation of every convenio generated so far (no duplicates). */
  combinaciones: Set<string>;
}
