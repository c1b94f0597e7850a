/**
 * `npm run importar:shcp`: the SHCP's ASM open-data file → federal follow-up documents and the catalogue files they
 * need, plus a summary that accounts for every row. Pure: the caller reads and writes the files.
 */
import { Document, Scalar, visit } from 'yaml';
import type { Ente, Gobierno, Programa } from '../../schemas/catalogos.ts';
import type { SeguimientoFederal } from '../../schemas/seguimiento-federal.ts';
import { OPCIONES_YAML } from '../importador/borrador.ts';
import { normalizar } from '../importador/texto.ts';
import { combinar, type AvisoDeCombinacion, type CatalogoParaShcp, type Efecto } from './combinar.ts';
import { decodificar, leerCsv, type Codificacion, type Decodificado } from './leer.ts';
import { leerCabecera, mapearRenglon, type AvisoDeFila, type FilaAsm } from './mapear.ts';

export type { CatalogoParaShcp } from './combinar.ts';
export type { Codificacion } from './leer.ts';

/** How the summary groups rows by what AVANCE_ASM says. */
export const CLASES_DE_AVANCE = ['atendido', 'en_proceso', 'cancelado', 'fusionado', 'dado_de_baja', 'sin_avance'] as const;
export type ClaseDeAvance = (typeof CLASES_DE_AVANCE)[number];
export const ETIQUETAS_DE_AVANCE: Record<ClaseDeAvance, string> = {
  atendido: 'avance de 100 % (atendido sin plazo)',
  en_proceso: 'avance menor de 100 % (en proceso)',
  cancelado: 'ASM cancelado (cancelado)',
  fusionado: 'fusionado (fusionado)',
  dado_de_baja: 'ASM dado de baja (dado de baja)',
  sin_avance: 'sin avance, N/D (pendiente)',
};

export interface ArchivoShcp {
  /** Inside the content folder: "convenios/x.md", "entes/y.yaml"… */
  ruta: string;
  texto: string;
  estado: 'nuevo' | 'cambiado' | 'igual';
}

export interface Rechazo {
  linea: number;
  motivo: string;
}

export interface ResumenShcp {
  codificacion?: Decodificado['codificacion'];
  motivoCodificacion?: string;
  /** Headers that carried spaces (trimmed) and headers the importer ignores. */
  recortadas: string[];
  desconocidas: string[];
  /** Data rows in the file (the header not counted). */
  leidos: number;
  importados: number;
  porAvance: Record<ClaseDeAvance, number>;
  /** Imported rows per body, as ACRON_DEP_ENT writes it. */
  porEnte: [string, number][];
  efectos: Record<Efecto, number>;
  rechazados: Rechazo[];
  /** From an unclosed quote on, the file cannot be read as CSV: those lines are neither read nor imported. */
  sinLeer?: Rechazo;
  avisos: (AvisoDeFila | AvisoDeCombinacion)[];
  /** Why nothing could be imported (unreadable header…), if that is the case. */
  fatal?: string;
}

export interface ResultadoShcp {
  resumen: ResumenShcp;
  archivos: ArchivoShcp[];
  /** The rows as mapped (for tests and for the caller's own checks). */
  filas: FilaAsm[];
}

const COMENTARIO_DOCUMENTO = [
  ' Seguimiento federal de ASM importado con «npm run importar:shcp» de los datos abiertos de la SHCP',
  ' (Transparencia Presupuestaria). Importar otra publicación lo reescribe: los reportes se acumulan,',
  ' pero un cambio hecho a mano fuera de los campos del esquema se pierde.',
].join('\n');

function yaml(datos: object, comentario: string): string {
  const doc = new Document(datos);
  // Dates in quotes, as the curated files write them.
  visit(doc, {
    Scalar(_k, s) {
      if (typeof s.value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s.value)) s.type = Scalar.QUOTE_DOUBLE;
    },
  });
  doc.commentBefore = comentario;
  return doc.toString(OPCIONES_YAML);
}

/** Keys in the schema's order, empty optional lists left out: the same data always gives the same bytes. */
function documentoOrdenado(d: SeguimientoFederal): Record<string, unknown> {
  const sinVacios = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).filter(
        ([k, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0 && !['seguimiento', 'periodos'].includes(k)),
      ),
    );
  return sinVacios({
    tipo: d.tipo,
    titulo: d.titulo,
    gobierno: d.gobierno,
    ente: d.ente,
    programa: d.programa,
    ramo: sinVacios({ clave: d.ramo.clave, nombre: d.ramo.nombre }),
    instancia_coordinadora: d.instancia_coordinadora,
    evaluacion: d.evaluacion,
    anio_evaluacion: d.anio_evaluacion,
    fuente: sinVacios({ conjunto: d.fuente.conjunto, editor: d.fuente.editor, url: d.fuente.url, periodos: d.fuente.periodos }),
    compromisos: d.compromisos.map((k) =>
      sinVacios({
        id: k.id,
        id_asm: k.id_asm,
        aspecto: k.aspecto,
        accion: k.accion,
        fecha_comprometida: k.fecha_comprometida,
        ciclo: k.ciclo,
        tipo_asm: k.tipo_asm,
        prioridad: k.prioridad,
        tipo_mejora: k.tipo_mejora,
        temas: k.temas,
        gasto_federalizado: k.gasto_federalizado,
        seguimiento: k.seguimiento.map((r) =>
          sinVacios({
            fecha: r.fecha,
            estado: r.estado,
            avance: r.avance,
            evidencias: r.evidencias.map((e) => sinVacios({ url: e.url, descripcion: e.descripcion })),
            prorroga: r.prorroga,
            dictamen: r.dictamen,
            nota: r.nota,
            periodo: r.periodo,
          }),
        ),
      }),
    ),
  });
}

export function textoDeDocumento(d: SeguimientoFederal): string {
  return `---\n${yaml(documentoOrdenado(d), COMENTARIO_DOCUMENTO)}---\n`;
}

const catalogo = (datos: Gobierno | Ente | Programa, de: string) =>
  yaml(datos, ` Creado por «npm run importar:shcp» con ${de} de los datos abiertos de ASM de la SHCP.`);

function vacio(): Omit<ResumenShcp, 'leidos'> {
  return {
    recortadas: [],
    desconocidas: [],
    importados: 0,
    porAvance: Object.fromEntries(CLASES_DE_AVANCE.map((c) => [c, 0])) as Record<ClaseDeAvance, number>,
    porEnte: [],
    efectos: { nuevo: 0, 'reporte-nuevo': 0, corregido: 0, 'sin-cambios': 0, repetido: 0 },
    rechazados: [],
    avisos: [],
  };
}

function claseDe(f: FilaAsm): ClaseDeAvance {
  if (!f.reporte) return 'sin_avance';
  return f.reporte.estado === 'no_atendido' ? 'en_proceso' : f.reporte.estado;
}

/**
 * Imports the bytes of one release of the file. `existentes` are the current texts of the content files
 * (by path inside the content folder), so the result says which files are new, changed or the same.
 */
export function importarShcp(
  bytes: Uint8Array,
  cat: CatalogoParaShcp,
  existentes: { get(ruta: string): string | undefined },
  opciones: { url?: string; codificacion?: Codificacion } = {},
): ResultadoShcp {
  const decodificado = decodificar(bytes, opciones.codificacion);
  const tabla = leerCsv(decodificado.texto);
  const base = {
    ...vacio(),
    codificacion: decodificado.codificacion,
    motivoCodificacion: decodificado.motivo,
    leidos: tabla.renglones.length,
  };
  const cabecera = leerCabecera(tabla.encabezados);
  if (!cabecera.ok) return { resumen: { ...base, fatal: cabecera.mensaje }, archivos: [], filas: [] };
  const resumen: ResumenShcp = { ...base, recortadas: cabecera.cabecera.recortadas, desconocidas: cabecera.cabecera.desconocidas };

  const filas: FilaAsm[] = [];
  for (const r of tabla.renglones) {
    const m = mapearRenglon(r, cabecera.cabecera);
    if (m.ok) {
      filas.push(m.fila);
      resumen.avisos.push(...m.avisos);
    } else resumen.rechazados.push({ linea: m.linea, motivo: m.motivo });
  }
  if (tabla.errorDeFormato) resumen.sinLeer = { linea: tabla.errorDeFormato.linea, motivo: tabla.errorDeFormato.mensaje };

  const c = combinar(filas, cat, { url: opciones.url });
  resumen.rechazados.push(...c.rechazados);
  resumen.rechazados.sort((a, b) => a.linea - b.linea);
  resumen.avisos.push(...c.avisos);
  resumen.avisos.sort((a, b) => a.linea - b.linea);
  const rechazadas = new Set(c.rechazados.map((r) => r.linea));
  // By body as the importer groups them (acronyms compared without case or accents), named as first written.
  const porEnte = new Map<string, number>();
  const nombreDeEnte = new Map<string, string>();
  for (const f of filas) {
    if (rechazadas.has(f.linea)) continue;
    resumen.importados++;
    resumen.porAvance[claseDe(f)]++;
    const clave = normalizar(f.ente.siglas);
    if (!nombreDeEnte.has(clave)) nombreDeEnte.set(clave, f.ente.siglas);
    porEnte.set(nombreDeEnte.get(clave)!, (porEnte.get(nombreDeEnte.get(clave)!) ?? 0) + 1);
    const efecto = c.efectos.get(f.linea);
    if (efecto) resumen.efectos[efecto]++;
  }
  resumen.porEnte = [...porEnte.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es-MX'));

  const archivos: ArchivoShcp[] = [];
  const agregar = (ruta: string, texto: string) => {
    const antes = existentes.get(ruta);
    archivos.push({ ruta, texto, estado: antes === undefined ? 'nuevo' : antes === texto ? 'igual' : 'cambiado' });
  };
  if (c.gobierno.nuevo) agregar(`gobiernos/${c.gobierno.id}.yaml`, catalogo(c.gobierno.nuevo, 'el nivel federal'));
  for (const e of c.entesNuevos) agregar(`entes/${e.id}.yaml`, catalogo(e.datos, 'ACRON_DEP_ENT y DESC_DEP_ENT'));
  for (const p of c.programasNuevos) agregar(`programas/${p.id}.yaml`, catalogo(p.datos, 'MODALIDAD_PP, DESC_PP, ID_RAMO y DESC_RAMO'));
  for (const d of c.documentos) agregar(`convenios/${d.id}.md`, textoDeDocumento(d.datos));
  return { resumen, archivos, filas };
}
