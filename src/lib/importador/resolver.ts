import { tipoDe } from '../documentos/tipos.ts';
import type { Documento } from '../../schemas/documento.ts';
import type { Ente, Gobierno, Programa } from '../../schemas/catalogos.ts';
import { ROLES } from '../../schemas/parte.ts';
import type { Registro } from '../indice.ts';
import type { CandidatoEnte, Lectura, Nota, ParteLeida } from './extraer.ts';
import { normalizar, palabras, slug, tituloEspanol } from './texto.ts';

export interface CatalogoExistente {
  convenios: (Registro<Documento> & { archivo?: string })[];
  entes: Registro<Ente>[];
  gobiernos: Registro<Gobierno>[];
  programas: Registro<Programa>[];
}

export interface DocumentoFuente {
  archivo?: string;
  sha256?: string;
  url?: string;
}

export interface Importacion {
  id: string;
  /** Front matter in the schema's order; what was not found is absent (and listed in `notas`). */
  convenio: Record<string, unknown>;
  nuevos: { gobiernos: Registro<Gobierno>[]; entes: Registro<Ente>[]; programas: Registro<Programa>[] };
  /** Files of the catalogue the draft points at, with why they were chosen. */
  reutilizados: string[];
  notas: Nota[];
  /** A convenio already in the content with the same source document. */
  duplicado?: string;
}

const igual = (a: string, b: string) => normalizar(a) === normalizar(b);

/** Word-level containment that tolerates a title for its office ("TESORERO" ~ "Tesorería"). */
function contiene(largo: string, corto: string): 'exacto' | 'aproximado' | undefined {
  const l = palabras(largo);
  const c = palabras(corto);
  if (c.length === 0 || l.length === 0) return undefined;
  const frase = ` ${normalizar(largo).replace(/[^a-z0-9]+/g, ' ')} `;
  if (
    frase.includes(
      ` ${normalizar(corto)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()} `,
    )
  )
    return 'exacto';
  const parecida = (x: string, y: string) =>
    x === y ||
    (x.length >= 6 &&
      y.length >= 6 &&
      x.slice(0, 6) === y.slice(0, 6) &&
      (x.startsWith(y.slice(0, 7)) || y.startsWith(x.slice(0, 7)) || Math.abs(x.length - y.length) <= 3));
  for (let i = 0; i + c.length <= l.length; i++) {
    if (c.every((w, j) => parecida(w, l[i + j]!))) return 'aproximado';
  }
  return undefined;
}

interface Eleccion {
  ente: Registro<Ente>;
  por: CandidatoEnte;
  certeza: 'exacta' | 'aproximada';
  puntos: number;
}

/** The body a party names, among `entes` not taken by another party (`tomados`): the strongest evidence wins. */
function elegirEnte(parte: ParteLeida, entes: Registro<Ente>[], tomados: ReadonlySet<string> = new Set()): Eleccion | undefined {
  const opciones: (Eleccion & { puntos: number; fin: number })[] = [];
  for (const e of entes) {
    for (const c of parte.candidatos) {
      if (c.tipo === 'siglas') {
        if (e.datos.siglas && igual(e.datos.siglas, c.texto)) opciones.push({ ente: e, por: c, certeza: 'exacta', puntos: 10, fin: 0 });
        continue;
      }
      // The body's full name inside the candidate ("… Y LA SECRETARÍA DE LA CONTRALORÍA"): the one nearest the end wins.
      const n = normalizar(c.texto);
      const nombre = normalizar(e.datos.nombre);
      const pos = n.lastIndexOf(nombre);
      if (pos >= 0 && c.tipo !== 'cargo') {
        opciones.push({ ente: e, por: c, certeza: 'exacta', puntos: 8, fin: pos + nombre.length - n.length });
        continue;
      }
      const dentro = palabras(c.texto).length >= 2 ? contiene(e.datos.nombre, c.texto) : undefined;
      if (dentro) {
        const exacta = dentro === 'exacto' && c.tipo !== 'cargo';
        opciones.push({
          ente: e,
          por: c,
          certeza: exacta ? 'exacta' : 'aproximada',
          puntos: exacta ? 6 : c.tipo === 'cargo' ? 2 : 4,
          fin: 0,
        });
      }
    }
  }
  const libres = opciones.filter((o) => !tomados.has(o.ente.id));
  if (libres.length === 0) return undefined;
  libres.sort((a, b) => b.puntos - a.puntos || b.fin - a.fin);
  // Evidence for a body another party took (a name read into the wrong section) makes the choice less sure.
  const disputada = libres.length < opciones.length;
  const mejor = libres[0]!;
  const rival = libres.find((o) => o.ente.id !== mejor.ente.id && o.puntos === mejor.puntos && o.fin === mejor.fin);
  return rival || disputada ? { ...mejor, certeza: 'aproximada' } : mejor;
}

const SIN_NOMBRE_PROPIO = /^(?:LA |EL )?(?:DEPENDENCIA|SUJETO|ENTE|ENTIDAD|UNIDAD)\s+EVALUAD[OA]$/i;

/**
 * Turns a reading into a draft: matches the government, program and bodies to the catalogue
 * (by name, acronym or key, ignoring accents and case), proposes files for the ones that are new,
 * and lays the front matter out in the schema's order. Nothing is made up: what was not read stays out.
 */
export function resolverImportacion(
  lectura: Lectura,
  catalogo: CatalogoExistente,
  documento: DocumentoFuente,
  opciones: { id?: string } = {},
): Importacion {
  const notas: Nota[] = [...lectura.notas];
  const reutilizados: string[] = [];
  const nuevos: Importacion['nuevos'] = { gobiernos: [], entes: [], programas: [] };
  const ocupados = (coleccion: Registro<unknown>[]) => new Set(coleccion.map((r) => r.id));
  const idLibre = (base: string, usados: Set<string>) => {
    let id = base || 'sin-nombre';
    for (let i = 2; usados.has(id); i++) id = `${base}-${i}`;
    return id;
  };

  // Government.
  let gobiernoId: string | undefined;
  const g = lectura.gobierno;
  if (g) {
    const existente = catalogo.gobiernos.find(
      (x) =>
        igual(x.datos.nombre, g.nombre) ||
        (x.datos.nivel === g.nivel && g.nivel === 'municipal' && normalizar(x.datos.nombre).endsWith(normalizar(g.lugar))) ||
        (x.datos.nivel === g.nivel &&
          g.nivel === 'estatal' &&
          x.datos.entidad_federativa !== undefined &&
          igual(x.datos.entidad_federativa, g.entidad_federativa ?? '')),
    );
    if (existente) {
      gobiernoId = existente.id;
      reutilizados.push(`gobierno: gobiernos/${existente.id}.yaml («${existente.datos.nombre}»)`);
    } else {
      gobiernoId = idLibre(slug(g.lugar), ocupados(catalogo.gobiernos));
      nuevos.gobiernos.push({
        id: gobiernoId,
        datos: { nombre: g.nombre, nivel: g.nivel, ...(g.entidad_federativa ? { entidad_federativa: g.entidad_federativa } : {}) },
      });
      notas.push({
        campo: 'gobierno',
        tipo: 'revisar',
        mensaje: `gobierno nuevo: se propone gobiernos/${gobiernoId}.yaml («${g.nombre}», nivel ${g.nivel})`,
        origen: g.origen,
      });
    }
  }

  // Program: by key when the document has one, else by name (and then say so: names repeat across governments).
  let programaId: string | undefined;
  const p = lectura.programa;
  if (p) {
    const { clave, nombre } = p.valor;
    const porClave = clave ? catalogo.programas.find((x) => x.datos.clave === clave) : undefined;
    const porNombre = clave ? undefined : catalogo.programas.find((x) => x.datos.clave === undefined && igual(x.datos.nombre, nombre));
    const existente = porClave ?? porNombre;
    if (existente) {
      programaId = existente.id;
      reutilizados.push(
        `programa: programas/${existente.id}.yaml («${existente.datos.nombre}», ${porClave ? `clave ${clave}` : 'mismo nombre'})`,
      );
      if (porNombre)
        notas.push({
          campo: 'programa',
          tipo: 'revisar',
          mensaje: `se reutilizó programas/${existente.id}.yaml porque tiene el mismo nombre y tampoco tiene clave; confirme que es el mismo programa`,
          origen: p.origen,
        });
    } else {
      const base = clave ? `${clave}-${slug(nombre)}` : `${slug(nombre)}${gobiernoId ? `-${gobiernoId}` : ''}`;
      programaId = idLibre(base, ocupados(catalogo.programas));
      nuevos.programas.push({ id: programaId, datos: { ...(clave ? { clave } : {}), nombre } });
      notas.push({
        campo: 'programa',
        tipo: 'revisar',
        mensaje: `programa nuevo: se propone programas/${programaId}.yaml («${clave ? `${clave} ` : ''}${nombre}»)`,
        origen: p.origen,
      });
    }
  }

  // Bodies of the parties.
  const entesDelGobierno = gobiernoId ? catalogo.entes.filter((e) => e.datos.gobierno === gobiernoId) : [];
  const partes: Record<string, unknown>[] = [];
  const ordenadas = [...lectura.partes].sort(
    (a, b) => ROLES.indexOf(a.rol ?? 'sujeto_evaluado') - ROLES.indexOf(b.rol ?? 'sujeto_evaluado'),
  );
  // Two parties are never the same body: the catalogue's bodies go to the parties by the strength of
  // their evidence (an acronym before a name read in passing), each body to one party.
  const asignadas = new Map<ParteLeida, Eleccion>();
  const tomados = new Set<string>();
  for (;;) {
    const siguiente = ordenadas
      .filter((p) => !asignadas.has(p))
      .map((p) => ({ p, e: elegirEnte(p, entesDelGobierno, tomados) }))
      .filter((x): x is { p: ParteLeida; e: Eleccion } => x.e !== undefined)
      .sort((a, b) => b.e.puntos - a.e.puntos)[0];
    if (!siguiente) break;
    asignadas.set(siguiente.p, siguiente.e);
    tomados.add(siguiente.e.ente.id);
  }
  let evaluado: { id: string; siglas?: string } | undefined;
  for (const parte of ordenadas) {
    const campo = `partes (${parte.denominacion})`;
    let enteId: string | undefined;
    const eleccion = asignadas.get(parte) ?? elegirEnte(parte, nuevos.entes, tomados);
    if (eleccion) {
      enteId = eleccion.ente.id;
      if (!nuevos.entes.includes(eleccion.ente))
        reutilizados.push(`ente de «${parte.denominacion}»: entes/${enteId}.yaml («${eleccion.ente.datos.nombre}»)`);
      if (eleccion.certeza === 'aproximada') {
        notas.push({
          campo: `${campo}.ente`,
          tipo: 'revisar',
          mensaje: `se eligió «${eleccion.ente.datos.nombre}» por parecido con «${eleccion.por.texto}»; confírmelo`,
          origen: eleccion.por.origen,
        });
      }
    } else {
      const nombre =
        parte.candidatos.find((c) => c.tipo === 'nombre') ??
        parte.candidatos.find((c) => c.tipo === 'etiqueta' && !SIN_NOMBRE_PROPIO.test(c.texto) && palabras(c.texto).length >= 2);
      if (nombre && gobiernoId) {
        const siglas = parte.candidatos.find((c) => c.tipo === 'siglas')?.texto;
        const texto = tituloEspanol(nombre.texto, new Set(siglas ? [siglas] : []));
        const base = siglas ? slug(siglas) : slug(`${texto} ${lectura.gobierno?.nivel === 'municipal' ? gobiernoId : ''}`);
        enteId = idLibre(base, new Set([...ocupados(catalogo.entes), ...nuevos.entes.map((e) => e.id)]));
        nuevos.entes.push({
          id: enteId,
          datos: {
            nombre: texto,
            ...(siglas ? { siglas } : {}),
            gobierno: gobiernoId,
            ...(parte.naturaleza ? { naturaleza: parte.naturaleza.valor } : {}),
          },
        });
        notas.push({
          campo: `${campo}.ente`,
          tipo: 'revisar',
          mensaje: `ente nuevo: se propone entes/${enteId}.yaml («${texto}»)${nombre.tipo === 'etiqueta' ? ', nombre tomado de la hoja de firmas' : ''}`,
          origen: nombre.origen,
        });
      } else {
        const pista = parte.firmante ? ` (firma ${parte.firmante.nombre}, ${parte.firmante.cargo})` : '';
        notas.push({
          campo: `${campo}.ente`,
          tipo: 'falta',
          mensaje: `el convenio no da el nombre del ente de «${parte.denominacion}»${pista}; cree su archivo en content/entes/ y escriba aquí su identificador`,
        });
      }
    }
    if (enteId) tomados.add(enteId);
    if (parte.rol === 'sujeto_evaluado' && enteId) {
      const e = [...catalogo.entes, ...nuevos.entes].find((x) => x.id === enteId);
      evaluado = { id: enteId, siglas: e?.datos.siglas };
    }
    partes.push({
      ...(parte.rol ? { rol: parte.rol } : {}),
      denominacion: parte.denominacion,
      ...(enteId ? { ente: enteId } : {}),
      ...(parte.firmante ? { firmante: { nombre: parte.firmante.nombre, cargo: parte.firmante.cargo } } : {}),
      ...(parte.firma_nota ? { firma_nota: parte.firma_nota.valor } : {}),
      ...(parte.responsable ? { responsable: { nombre: parte.responsable.nombre, cargo: parte.responsable.cargo } } : {}),
      ...(parte.obligaciones.length ? { obligaciones: parte.obligaciones } : {}),
    });
  }

  const l = lectura;
  const v = <T>(x: { valor: T } | undefined) => x?.valor;
  const firma = { fecha: v(l.firma.fecha), lugar: v(l.firma.lugar), ejemplares: v(l.firma.ejemplares), fojas: v(l.firma.fojas) };
  const fundamento = {
    lineamientos: v(l.fundamento.lineamientos),
    publicacion: v(l.fundamento.publicacion),
    disposicion: v(l.fundamento.disposicion),
  };
  const prorroga = {
    permitida: v(l.prorroga.permitida),
    limite_dias_naturales: v(l.prorroga.limite_dias_naturales),
    ante: v(l.prorroga.ante),
  };
  const sinVacios = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
  const convenio = sinVacios({
    titulo: v(l.titulo),
    gobierno: gobiernoId,
    programa: programaId,
    pae: v(l.pae),
    ejercicio_evaluado: v(l.ejercicio_evaluado),
    evaluacion: v(l.evaluacion),
    firma: sinVacios(firma),
    fundamento: sinVacios(fundamento),
    documento_fuente: sinVacios({ ...documento }),
    partes,
    sede_sesiones: v(l.sede_sesiones),
    hallazgos: l.hallazgos.length ? l.hallazgos.map((h) => ({ numero: h.numero, texto: h.texto })) : undefined,
    compromisos: l.compromisos.map((k) =>
      sinVacios({ id: k.id, numero: k.numero, aspecto: k.aspecto, accion: k.accion, fecha_comprometida: k.fecha, seguimiento: [] }),
    ),
    prorroga: sinVacios(prorroga),
    fecha_limite_compromisos: v(l.fecha_limite_compromisos),
  });
  if (!documento.archivo && !documento.url)
    notas.push({
      campo: 'documento_fuente',
      tipo: 'falta',
      mensaje: 'falta la dirección pública (url) o el archivo del documento firmado',
    });
  notas.push({
    campo: 'documento_fuente.descripcion',
    tipo: 'falta',
    mensaje: 'describa el documento fuente (p. ej. «Texto del convenio firmado, convertido de PDF»; campo opcional)',
  });

  // An id people can read in a URL: government, evaluated body's acronym, program, year of signing.
  const anio = firma.fecha?.slice(0, 4) ?? (l.pae ? String(l.pae.valor) : '');
  const nombrePrograma = p ? slug(p.valor.nombre) : '';
  const base =
    opciones.id ?? [gobiernoId, evaluado?.siglas ? slug(evaluado.siglas) : undefined, nombrePrograma, anio].filter(Boolean).join('-');
  const id = slug(base) || 'convenio-importado';

  const duplicado = documento.sha256
    ? catalogo.convenios.find((c) => tipoDe(c.datos).fuente(c.datos).sha256 === documento.sha256)?.id
    : undefined;
  return { id, convenio, nuevos, reutilizados, notas, duplicado };
}
