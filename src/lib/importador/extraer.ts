import type { Nivel } from '../../schemas/catalogos.ts';
import type { Rol } from '../../schemas/parte.ts';
import { fechaEnPalabras, fechasEn } from './fechas-texto.ts';
import { lineasUtiles, origen, parrafosDe, type Linea, type Origen, type Parrafo } from './lineas.ts';
import { leerTabla, type FilaLeida, type TablaLeida } from './tabla.ts';
import { enMayusculas, normalizar, palabras, siglasDelTexto, sinComillas, tituloEspanol } from './texto.ts';

/** Something for a person to check before publishing: a field not found, or read with doubt. */
export interface Nota {
  campo: string;
  tipo: 'falta' | 'revisar';
  mensaje: string;
  origen?: Origen;
}

export interface Leido<T> {
  valor: T;
  origen?: Origen;
}

export interface PersonaLeida {
  nombre: string;
  cargo: string;
  origen: Origen;
}

export interface CandidatoEnte {
  texto: string;
  /** nombre: the body's own name; etiqueta: the caption over a signature; cargo: the signer's title. */
  tipo: 'nombre' | 'etiqueta' | 'cargo' | 'siglas';
  origen: Origen;
}

export interface ParteLeida {
  denominacion: string;
  rol?: Rol;
  origen: Origen;
  candidatos: CandidatoEnte[];
  naturaleza?: Leido<string>;
  firmante?: PersonaLeida;
  firma_nota?: Leido<string>;
  responsable?: PersonaLeida;
  obligaciones: { inciso: string; texto: string }[];
}

export interface GobiernoLeido {
  nombre: string;
  nivel: Nivel;
  entidad_federativa?: string;
  /** The municipality or state alone, for the id. */
  lugar: string;
  origen: Origen;
}

/** Everything read from a convenio's text, before matching it to the content catalogue. */
export interface Lectura {
  titulo?: Leido<string>;
  gobierno?: GobiernoLeido;
  programa?: Leido<{ clave?: string; nombre: string }>;
  pae?: Leido<number>;
  ejercicio_evaluado?: Leido<number>;
  evaluacion?: Leido<string>;
  firma: { fecha?: Leido<string>; lugar?: Leido<string>; ejemplares?: Leido<number>; fojas?: Leido<number> };
  fundamento: { lineamientos?: Leido<string>; publicacion?: Leido<string>; disposicion?: Leido<string> };
  partes: ParteLeida[];
  sede_sesiones?: Leido<string>;
  hallazgos: { numero: string; texto: string; origen: Origen }[];
  compromisos: (FilaLeida & { id: string })[];
  prorroga: { permitida?: Leido<boolean>; limite_dias_naturales?: Leido<number>; ante?: Leido<string> };
  fecha_limite_compromisos?: Leido<string>;
  notas: Nota[];
  /** Running headers left out of the reading (kept in the body). */
  encabezados: Origen[];
  lineas: number;
}

const ORDINAL =
  'PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|S[ÉE]PTIMA|OCTAVA|NOVENA|D[ÉE]CIMA(?:\\s+(?:PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA))?|UND[ÉE]CIMA|DUOD[ÉE]CIMA';
const RE_CLAUSULA = new RegExp(`^(${ORDINAL})\\.\\s*(.*)$`);

interface Clausula {
  ordinal: string;
  titulo: string;
  desde: number;
  hasta: number;
}

const MULTIPLOS: Record<string, number> = {
  duplicado: 2,
  triplicado: 3,
  cuadruplicado: 4,
  quintuplicado: 5,
  sextuplicado: 6,
  septuplicado: 7,
  octuplicado: 8,
};
const NUMEROS: Record<string, number> = {
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  quince: 15,
  veinte: 20,
  treinta: 30,
};

const ORDINALES_LEGALES =
  /^(primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|und[eé]cim[oa]|duod[eé]cim[oa]|vig[eé]sim[oa]|trig[eé]sim[oa]|cuadrag[eé]sim[oa]|quincuag[eé]sim[oa])$/i;

const SUSTANTIVOS_OFICINA =
  /\b(INSTITUTO|SECRETAR[IÍ]A|DIRECCI[OÓ]N|COORDINACI[OÓ]N|CONTRALOR[IÍ]A|TESORER[IÍ]A|ORGANISMO|SISTEMA|DEFENSOR[IÍ]A|UNIDAD|COMISI[OÓ]N|CONSEJO|OFICINA|SUBSECRETAR[IÍ]A|AYUNTAMIENTO|JEFATURA|PROCURADUR[IÍ]A|FISCAL[IÍ]A|UNIVERSIDAD|COLEGIO|AGENCIA|ORGANO|ÓRGANO)\b/i;

type Busqueda = { m: RegExpExecArray; p: Parrafo };

/** What every reading step shares: the text's lines and paragraphs, its clauses, the table, and the notes. */
interface Contexto {
  texto: string;
  lineas: Linea[];
  parrafos: Parrafo[];
  lectura: Lectura;
  titulo: (t: string) => string;
  en: (p: Parrafo) => Origen;
  revisar: (campo: string, mensaje: string, o?: Origen) => void;
  falta: (campo: string, mensaje: string) => void;
  clausulas: Clausula[];
  clausula: (re: RegExp) => Clausula | undefined;
  iFirma: number;
  lineasDe: (c?: Clausula) => Linea[];
  textoDe: (ls: Linea[]) => string;
  iDeclaraciones: number;
  iClausulas: number;
  tabla: TablaLeida | undefined;
  /** Paragraphs outside the commitments table. */
  fuera: Parrafo[];
  buscar: (re: RegExp, en?: Parrafo[]) => Busqueda | undefined;
  todas: (re: RegExp, en?: Parrafo[]) => Busqueda[];
  masFrecuente: (valores: { clave: string; valor: string; p: Parrafo }[]) => {
    elegido: { clave: string; valor: string; p: Parrafo } | undefined;
    distintas: number;
  };
}

/** Signature blocks: a name in capitals, its title below; a caption above it in Word tables. */
interface Bloque {
  etiqueta?: Linea;
  nombre: Linea;
  cargo: Linea[];
  despues: Linea[];
  responsable: boolean;
}

/** Reads a convenio's text: every field the schema has, each with the line it came from, and a list of what to check. */
export function leerConvenio(texto: string): Lectura {
  const c = contexto(texto);
  leerCompromisos(c);
  leerGobierno(c);
  leerPrograma(c);
  leerTitulo(c);
  leerEvaluacion(c);
  leerFirma(c);
  leerFundamento(c);
  const { apertura, parteDe } = leerPartes(c);
  const { bloques, persona } = leerFirmantes(c, apertura, parteDe);
  leerEntesDeApertura(c, apertura, parteDe);
  leerNaturaleza(c, parteDe);
  leerObligaciones(c, parteDe);
  leerResponsables(c, parteDe, bloques, persona);
  leerHallazgos(c);
  leerProrroga(c);
  return c.lectura;
}

/** The structure every step reads from: useful lines, paragraphs, clauses, the signing sentence and the commitments table. */
function contexto(texto: string): Contexto {
  const { lineas, encabezados } = lineasUtiles(texto);
  const parrafos = parrafosDe(lineas);
  const notas: Nota[] = [];
  const siglas = siglasDelTexto(texto);
  const titulo = (t: string) => tituloEspanol(t, siglas);
  const lectura: Lectura = {
    firma: {},
    fundamento: {},
    partes: [],
    hallazgos: [],
    compromisos: [],
    prorroga: {},
    notas,
    encabezados: encabezados.map(origen),
    lineas: texto.split('\n').length,
  };
  const en = (p: Parrafo): Origen => origen(p.lineas[0]!);
  const revisar = (campo: string, mensaje: string, o?: Origen) => notas.push({ campo, tipo: 'revisar', mensaje, origen: o });
  const falta = (campo: string, mensaje: string) => notas.push({ campo, tipo: 'falta', mensaje });

  // --- Structure: clauses, declarations, the signing sentence --------------------------------
  const clausulas: Clausula[] = [];
  lineas.forEach((l, i) => {
    const m = RE_CLAUSULA.exec(l.limpio);
    if (m && !l.crudo.startsWith('\t'))
      clausulas.push({ ordinal: m[1]!, titulo: m[2]!.split(/\.\s|\.-|\. -|\.$/)[0]!.trim(), desde: i, hasta: lineas.length });
  });
  clausulas.forEach((c, i) => (c.hasta = clausulas[i + 1]?.desde ?? lineas.length));
  const clausula = (re: RegExp) => clausulas.find((c) => re.test(normalizar(c.titulo)));
  const iFirma = lineas.findIndex(
    (l, i) => i > (clausulas[0]?.desde ?? 0) && /\bse\s+firma\b|\blo\s+firman\b|\bfirman\s+(?:el|los)\b/i.test(l.limpio),
  );
  if (clausulas.length > 0 && iFirma >= 0) clausulas.at(-1)!.hasta = Math.min(clausulas.at(-1)!.hasta, iFirma + 1);
  const lineasDe = (c?: Clausula) => (c ? lineas.slice(c.desde, c.hasta) : []);
  const textoDe = (ls: Linea[]) =>
    ls
      .map((l) => l.limpio)
      .filter(Boolean)
      .join(' ');
  const iDeclaraciones = lineas.findIndex((l) => /^DECLARACIONES:?$/i.test(l.limpio));
  const iClausulas = lineas.findIndex((l) => /^CL[ÁA]USULAS:?$/i.test(l.limpio));

  // --- The commitments table (first: other searches leave its text out) ----------------------
  const tabla = leerTabla(lineas, (l) => RE_CLAUSULA.test(l.limpio) && !l.crudo.startsWith('\t'));
  const enTabla = new Set<number>();
  if (tabla) for (let i = tabla.inicio; i < tabla.fin; i++) enTabla.add(lineas[i]!.n);
  const fuera = parrafos.filter((p) => !p.lineas.some((l) => enTabla.has(l.n)));
  const buscar = (re: RegExp, en: Parrafo[] = fuera): { m: RegExpExecArray; p: Parrafo } | undefined => {
    for (const p of en) {
      const m = re.exec(p.texto);
      if (m) return { m, p };
    }
    return undefined;
  };
  const todas = (re: RegExp, en: Parrafo[] = fuera): { m: RegExpExecArray; p: Parrafo }[] => {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    return en.flatMap((p) => [...p.texto.matchAll(g)].map((m) => ({ m: m as RegExpExecArray, p })));
  };
  const masFrecuente = (valores: { clave: string; valor: string; p: Parrafo }[]) => {
    const cuenta = new Map<string, number>();
    for (const v of valores) cuenta.set(v.clave, (cuenta.get(v.clave) ?? 0) + 1);
    const mejor = [...cuenta.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const formas = valores.filter((v) => v.clave === mejor);
    const conteoForma = new Map<string, number>();
    for (const v of formas) conteoForma.set(v.valor, (conteoForma.get(v.valor) ?? 0) + 1);
    const forma = [...conteoForma.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return { elegido: formas.find((v) => v.valor === forma), distintas: cuenta.size };
  };

  return {
    texto,
    lineas,
    parrafos,
    lectura,
    titulo,
    en,
    revisar,
    falta,
    clausulas,
    clausula,
    iFirma,
    lineasDe,
    textoDe,
    iDeclaraciones,
    iClausulas,
    tabla,
    fuera,
    buscar,
    todas,
    masFrecuente,
  };
}

/** The commitments table: one commitment per row, its id from the printed number (a repeated number gets «-bis»). */
function leerCompromisos(c: Contexto): void {
  const { lectura, revisar, falta, tabla } = c;
  if (tabla) {
    const vistos = new Map<string, number>();
    const SUFIJOS = ['', '-bis', '-ter', '-quater'];
    for (const f of tabla.filas) {
      const veces = vistos.get(f.numero) ?? 0;
      vistos.set(f.numero, veces + 1);
      const base = `${tabla.prefijo}-${f.numero.replace(/\./g, '-')}`;
      const id = veces < SUFIJOS.length ? `${base}${SUFIJOS[veces]}` : `${base}-${veces + 1}`;
      lectura.compromisos.push({ ...f, id });
      const campo = `compromisos[${lectura.compromisos.length - 1}]`;
      if (veces > 0)
        revisar(
          `${campo}.numero`,
          `el número «${f.numero}» se repite en la tabla; se conserva como está impreso y el compromiso recibe el id «${id}»`,
          f.origen,
        );
      if (f.aspecto === undefined)
        falta(`${campo}.aspecto`, `no se encontró el aspecto o recomendación del compromiso ${f.numero} (línea ${f.origen.linea})`);
      if (f.accion === undefined)
        falta(`${campo}.accion`, `no se encontró la acción comprometida del compromiso ${f.numero} (línea ${f.origen.linea})`);
      if (f.fecha === undefined)
        falta(`${campo}.fecha_comprometida`, `no se encontró la fecha comprometida del compromiso ${f.numero} (línea ${f.origen.linea})`);
      else if (f.fecha.length === 7)
        revisar(
          `${campo}.fecha_comprometida`,
          `el convenio sólo da el mes («${f.fechaTexto}»): se registra ${f.fecha} y vence el último día de ese mes`,
          f.origen,
        );
      for (const d of f.dudas) revisar(campo, d, f.origen);
    }
    for (const o of tabla.ignoradas) revisar('compromisos', 'esta línea de la tabla no se reconoció como compromiso ni como fecha', o);
    if (tabla.filas.length === 0)
      falta('compromisos', `la tabla de compromisos (línea ${tabla.encabezado.linea}) no tiene filas que empiecen con un número`);
  } else {
    falta(
      'compromisos',
      'no se encontró la tabla de compromisos (se buscó un encabezado con «No.» y «Aspectos Susceptibles de Mejora» o «Recomendación»)',
    );
  }
}

/** Government and level: municipal, state or federal, by how the text names it most often. */
function leerGobierno(c: Contexto): void {
  const { lectura, en, revisar, falta, todas, masFrecuente } = c;
  // --- Government and level -------------------------------------------------------------
  const municipales = todas(
    /(?:Gobierno Municipal|H\. Ayuntamiento|Ayuntamiento|Municipio) de ([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*),\s*(Estado de [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*|[\p{Lu}][\p{L}]+)/u,
  );
  const estatales = todas(/Gobierno del Estado (?:Libre y Soberano )?de ([\p{Lu}][\p{L}]+(?: (?:de )?[\p{Lu}][\p{L}]+)*)/u);
  const federales = todas(/(Gobierno Federal|Administración Pública Federal|Gobierno de México)/u);
  if (municipales.length > 0 && municipales.length >= estatales.length) {
    const { elegido, distintas } = masFrecuente(municipales.map(({ m, p }) => ({ clave: normalizar(m[1]!), valor: `${m[1]}|${m[2]}`, p })));
    const [lugar, entidad] = elegido!.valor.split('|') as [string, string];
    lectura.gobierno = { nombre: `Municipio de ${lugar}`, nivel: 'municipal', entidad_federativa: entidad, lugar, origen: en(elegido!.p) };
    if (distintas > 1)
      revisar('gobierno', `el texto nombra el municipio de varias formas; se eligió «${lugar}», la más frecuente`, en(elegido!.p));
  } else if (estatales.length > 0) {
    const { elegido } = masFrecuente(estatales.map(({ m, p }) => ({ clave: normalizar(m[1]!), valor: m[1]!, p })));
    const entidad = /^M[ée]xico$/.test(elegido!.valor) ? 'Estado de México' : elegido!.valor;
    lectura.gobierno = {
      nombre: `Gobierno del Estado de ${elegido!.valor}`,
      nivel: 'estatal',
      entidad_federativa: entidad,
      lugar: entidad,
      origen: en(elegido!.p),
    };
  } else if (federales.length > 0) {
    lectura.gobierno = { nombre: 'Gobierno de México', nivel: 'federal', lugar: 'federal', origen: en(federales[0]!.p) };
    revisar('gobierno', 'el convenio parece federal; confirme el gobierno', en(federales[0]!.p));
  } else {
    falta('gobierno', 'no se encontró el gobierno (se buscó «Gobierno del Estado de …», «Gobierno Municipal de …» o «Municipio de …»)');
  }
}

/** Program: key and name. */
function leerPrograma(c: Contexto): void {
  const { lectura, en, falta, todas, masFrecuente } = c;
  // --- Program: key and name --------------------------------------------------------------
  const conClave = todas(
    /programa(?: presupuestario)?\s+(\d{6,8})\s*\.?\s*-?\s*([\p{Lu}][\p{L} ]+?)(?=\s*[,.;:]|\s+(?:en|mismo|que|del|para|al|correspondiente)\s|$)/iu,
  );
  const sinClave = todas(/Programa presupuestario(?:\s*\(Pp\))?:?\s*["“«]([^"”»]{3,120})["”»]/u);
  if (conClave.length > 0) {
    const { elegido } = masFrecuente(
      conClave.map(({ m, p }) => ({ clave: `${m[1]} ${normalizar(m[2]!)}`, valor: `${m[1]}|${m[2]!.trim()}`, p })),
    );
    const [clave, nombre] = elegido!.valor.split('|') as [string, string];
    lectura.programa = { valor: { clave, nombre }, origen: en(elegido!.p) };
  } else if (sinClave.length > 0) {
    const { elegido } = masFrecuente(sinClave.map(({ m, p }) => ({ clave: normalizar(m[1]!), valor: m[1]!.trim(), p })));
    lectura.programa = { valor: { nombre: elegido!.valor }, origen: en(elegido!.p) };
    falta('programa', 'el convenio no imprime la clave del programa presupuestario; el programa se identifica sólo por su nombre');
  } else {
    falta(
      'programa',
      'no se encontró el programa presupuestario (se buscó «programa 01020401.- Nombre» o «Programa presupuestario "Nombre"»)',
    );
  }
}

/** Title: as printed, or composed from the kind of convenio and the program. */
function leerTitulo(c: Contexto): void {
  const { parrafos, lectura, titulo, en, revisar, falta, buscar } = c;
  // --- Title --------------------------------------------------------------------------------
  const tituloImpreso = buscar(
    /(Convenio para la Mejora del Desempeño y Resultados Gubernamentales del Programa presupuestario)\s*["“«]([^"”»]+)["”»]/u,
  );
  if (tituloImpreso) {
    lectura.titulo = { valor: `${tituloImpreso.m[1]} «${tituloImpreso.m[2]!.trim()}»`, origen: en(tituloImpreso.p) };
  } else if (lectura.programa && buscar(/CONVENIO PARA LA MEJORA DEL DESEMPE[ÑN]O Y RESULTADOS GUBERNAMENTALES/i, parrafos)) {
    const { clave, nombre } = lectura.programa.valor;
    lectura.titulo = {
      valor: `Convenio para la Mejora del Desempeño y Resultados Gubernamentales del ${clave ? `programa ${clave} ${nombre}` : `Programa presupuestario «${nombre}»`}`,
      origen: lectura.programa.origen,
    };
    revisar(
      'titulo',
      'el convenio no imprime un título con el nombre del programa; se compuso con el tipo de convenio y el programa',
      lectura.programa.origen,
    );
  } else {
    const celebran = buscar(/^(.{10,160}?)\s+QUE\s+CELEBRAN/i, parrafos);
    if (celebran) {
      lectura.titulo = { valor: titulo(celebran.m[1]!.replace(/[,*]/g, '')), origen: en(celebran.p) };
      revisar('titulo', 'título tomado del inicio del convenio; revise que describa el convenio', en(celebran.p));
    } else falta('titulo', 'no se encontró el título (se buscó el nombre del convenio al inicio o en la hoja de firmas)');
  }
}

/** PAE year, evaluated fiscal year, evaluation type. */
function leerEvaluacion(c: Contexto): void {
  const { parrafos, lectura, en, revisar, falta, buscar, todas, masFrecuente } = c;
  // --- PAE year, evaluated fiscal year, evaluation type ----------------------------------
  const paes = todas(/(?:Programa Anual de Evaluaci[oó]n(?: para el Ejercicio Fiscal)?|PAE)\s+(\d{4})\b/iu);
  if (paes.length > 0) {
    const { elegido, distintas } = masFrecuente(paes.map(({ m, p }) => ({ clave: m[1]!, valor: m[1]!, p })));
    lectura.pae = { valor: Number(elegido!.valor), origen: en(elegido!.p) };
    if (distintas > 1)
      revisar('pae', `el texto menciona varios años del PAE; se eligió ${elegido!.valor}, el más frecuente`, en(elegido!.p));
  } else falta('pae', 'no se encontró el año del Programa Anual de Evaluación (se buscó «Programa Anual de Evaluación AAAA» o «PAE AAAA»)');

  const ejercicio =
    buscar(/ejercicio fiscal evaluado:?\s+(\d{4})/iu) ??
    buscar(/evaluaci[oó]n\s+(?:del|al)\s+ejercicio\s+fiscal\s+(\d{4})/iu) ??
    buscar(/ejercido en el ejercicio(?: fiscal)?\s+(\d{4})/iu);
  if (ejercicio) {
    lectura.ejercicio_evaluado = { valor: Number(ejercicio.m[1]), origen: en(ejercicio.p) };
    revisar('ejercicio_evaluado', `se dedujo de «${ejercicio.m[0]}»; confirme que es el ejercicio fiscal evaluado`, en(ejercicio.p));
  } else
    falta(
      'ejercicio_evaluado',
      'el convenio no dice qué ejercicio fiscal se evaluó (el campo es opcional: déjelo vacío si el documento no lo dice)',
    );

  const TIPOS =
    /Evaluaci[oó]n\s+(?:Espec[ií]fica\s+de(?:l)?\s+Desempe[ñn]o|de\s+Consistencia\s+y\s+Resultados|de\s+Dise[ñn]o(?:\s+Program[aá]tico)?|de\s+Procesos|de\s+Impacto|Estrat[eé]gica|de\s+Resultados|Complementaria)/iu;
  const tipos = todas(TIPOS);
  if (tipos.length > 0) {
    const capitalizadas = tipos.filter(({ m }) => /^Evaluaci[oó]n\s+(?:de\s+|del\s+)?\p{Lu}/u.test(m[0]));
    const { elegido, distintas } = masFrecuente(
      (capitalizadas.length ? capitalizadas : tipos).map(({ m, p }) => ({ clave: normalizar(m[0]), valor: m[0].replace(/\s+/g, ' '), p })),
    );
    lectura.evaluacion = { valor: elegido!.valor, origen: en(elegido!.p) };
    const otros = todas(TIPOS, parrafos).filter(({ m }) => normalizar(m[0]) !== normalizar(elegido!.valor));
    if (distintas > 1 || otros.length > 0) {
      const o = otros[0];
      revisar(
        'evaluacion',
        `se eligió «${elegido!.valor}», la más mencionada; el texto también dice «${o?.m[0] ?? 'otro tipo'}»`,
        o ? en(o.p) : en(elegido!.p),
      );
    }
  } else falta('evaluacion', 'no se encontró el tipo de evaluación (p. ej. «Evaluación Específica de Desempeño»)');
}

/** Signing: date, place, copies, pages. */
function leerFirma(c: Contexto): void {
  const { lineas, parrafos, lectura, en, falta, iFirma } = c;
  // --- Signing: date, place, copies, pages ------------------------------------------------
  const firma = iFirma >= 0 ? parrafos.find((p) => p.lineas.some((l) => l.n === lineas[iFirma]!.n)) : undefined;
  if (firma) {
    const o = en(firma);
    const desde = firma.texto.search(/\bse\s+firma\b|\bfirman\b/i);
    const fechas = fechasEn(firma.texto.slice(desde));
    if (fechas.length > 0) lectura.firma.fecha = { valor: fechas.at(-1)!.valor, origen: o };
    else falta('firma.fecha', `no se encontró la fecha de firma en «${o.texto}» (línea ${o.linea})`);
    const lugar =
      /\ben\s+(?:la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+|la\s+localidad\s+de\s+|el\s+Municipio\s+de\s+)?([\p{Lu}][^;]*?),\s+(?:el|a\s+los|a)\s+\d/iu.exec(
        firma.texto.slice(desde),
      );
    if (lugar) lectura.firma.lugar = { valor: lugar[1]!.trim(), origen: o };
    else falta('firma.lugar', `no se encontró el lugar de firma (línea ${o.linea})`);
    const por = /por\s+(duplicado|triplicado|cuadruplicado|quintuplicado|sextuplicado|septuplicado|octuplicado)/i.exec(firma.texto);
    const tantos = /en\s+(\d+|[a-z]+)\s+(?:ejemplares|tantos)/i.exec(firma.texto);
    if (por) lectura.firma.ejemplares = { valor: MULTIPLOS[por[1]!.toLowerCase()]!, origen: o };
    else if (tantos && (Number(tantos[1]) || NUMEROS[tantos[1]!.toLowerCase()]))
      lectura.firma.ejemplares = { valor: Number(tantos[1]) || NUMEROS[tantos[1]!.toLowerCase()]!, origen: o };
    else falta('firma.ejemplares', 'el convenio no dice cuántos ejemplares se firmaron (campo opcional)');
    const fojas = /consta de\s+(\d+|[a-z]+)\s+fojas/i.exec(firma.texto);
    if (fojas) lectura.firma.fojas = { valor: Number(fojas[1]) || NUMEROS[fojas[1]!.toLowerCase()]!, origen: o };
  } else {
    falta('firma.fecha', 'no se encontró la frase de firma (se buscó «se firma … el DD de MES de AAAA»)');
    falta('firma.lugar', 'no se encontró el lugar de firma');
  }
}

/** Legal basis: guidelines, the provision fulfilled, where and when they were published. */
function leerFundamento(c: Contexto): void {
  const { lineas, lectura, en, revisar, falta, clausulas, fuera, buscar, todas } = c;
  // --- Legal basis ----------------------------------------------------------------------
  const lin =
    buscar(/["“«](Lineamientos [^"”»]{10,200})["”»]/u) ??
    buscar(/(Lineamientos Generales para la Evaluaci[oó]n de [^,.;"“”]+?)(?=,|\.|;| publicad| en el)/u);
  if (lin) lectura.fundamento.lineamientos = { valor: lin.m[1]!.trim(), origen: en(lin.p) };
  else falta('fundamento.lineamientos', 'no se encontraron los lineamientos que dan fundamento al convenio');

  const sinIncumplimiento = fuera.filter((p) => {
    const c = clausulas.find((k) => p.lineas[0]!.n >= lineas[k.desde]!.n && p.lineas[0]!.n < (lineas[k.hasta]?.n ?? Infinity));
    return !c || !/incumplimiento|sancion/.test(normalizar(c.titulo));
  });
  const disposiciones = todas(
    /(?:disposici[oó]n|art[ií]culo|fracci[oó]n|numeral|lineamiento)\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s+de\s+los\s+["“«]?Lineamientos/iu,
    sinIncumplimiento,
  ).filter(({ m }) => m[1]!.split(/\s+/).every((w) => ORDINALES_LEGALES.test(w)));
  if (disposiciones.length > 0) {
    const primera = disposiciones[0]!;
    const femenino = primera.m[1]!.replace(/([oO])(?=\s|$)/g, (o) => (o === 'o' ? 'a' : 'A'));
    lectura.fundamento.disposicion = { valor: femenino, origen: en(primera.p) };
    const formas = new Set(disposiciones.map(({ m }) => normalizar(m[1]!).replace(/o(?=\s|$)/g, 'a')));
    if (formas.size > 1)
      revisar('fundamento.disposicion', `el texto cita varias disposiciones; se eligió la primera, «${femenino}»`, en(primera.p));
    else if (femenino !== primera.m[1])
      revisar('fundamento.disposicion', `impreso «${primera.m[1]}»; se escribió «${femenino}» (la disposición es femenina)`, en(primera.p));
  } else
    falta('fundamento.disposicion', 'no se encontró qué disposición de los lineamientos se cumple (p. ej. «disposición VIGÉSIMA QUINTA»)');

  const pub = buscar(/public(?:ó|aron|ados?|adas?)(?!\p{L})[^.]*Lineamientos|Lineamientos[^.]*public(?:ó|aron|ados?|adas?)(?!\p{L})/iu);
  if (pub) {
    const s = pub.m.input.slice(Math.max(0, pub.m.input.lastIndexOf('.', pub.m.index) + 1));
    const frase = s.slice(0, s.search(/\.\s+\p{Lu}|$/u) + 1);
    const gaceta =
      /(?:(peri[oó]dico oficial)\s+)?(["“«]?)(Gaceta (?:del|de) [\p{L} ]+?)(["”»]?)(?=[,.;]|\s+(?:el|en|que|de fecha)\s|$)/iu.exec(frase);
    const fecha = fechasEn(frase)[0];
    // An agreement number the OCR was unsure of keeps its «⟦⟧» mark, so the whole value is left out and listed.
    const acuerdo = /acuerdo\s+(?:n[uú]mero|no\.|n[uú]m\.)\s*(⟦?[A-Z0-9][A-Z0-9/.-]+[A-Z0-9]⟧?)/iu.exec(frase);
    if (gaceta && fecha) {
      const nombre = `${gaceta[1] ? 'Periódico Oficial ' : ''}${gaceta[2]}${gaceta[3]!.trim()}${gaceta[4]}`;
      lectura.fundamento.publicacion = {
        valor: `${nombre}, ${fechaEnPalabras(fecha.valor)}${acuerdo ? `, acuerdo número ${acuerdo[1]}` : ''}`,
        origen: en(pub.p),
      };
      revisar('fundamento.publicacion', 'compuesto con el medio, la fecha y el acuerdo de publicación que cita el texto', en(pub.p));
    } else falta('fundamento.publicacion', 'no se encontró dónde y cuándo se publicaron los lineamientos (campo opcional)');
  } else falta('fundamento.publicacion', 'no se encontró dónde y cuándo se publicaron los lineamientos (campo opcional)');
}

/** Parties: denominations and roles; `parteDe` finds the party a text names. */
function leerPartes(c: Contexto): { apertura: Parrafo | undefined; parteDe: (texto: string) => ParteLeida | undefined } {
  const { lineas, parrafos, lectura, en, revisar, falta, iDeclaraciones, iClausulas } = c;
  // --- Parties ----------------------------------------------------------------------------
  const apertura = parrafos.find((p) => /QUE\s+CELEBRAN/i.test(p.texto));
  const denominaciones: { texto: string; origen: Origen }[] = [];
  if (iDeclaraciones >= 0) {
    for (const l of lineas.slice(iDeclaraciones + 1, iClausulas >= 0 ? iClausulas : undefined)) {
      const m = /^\d+\.\s+DEL?\s+(.+)$/.exec(l.limpio);
      if (!m || !enMayusculas(m[1]!)) continue;
      const entre = /["“«]([^"”»]+)["”»]/.exec(m[1]!);
      const d = (entre ? entre[1]! : m[1]!).replace(/\.$/, '').trim();
      if (!/^LAS PARTES$/i.test(d)) denominaciones.push({ texto: d, origen: origen(l) });
    }
  }
  if (denominaciones.length === 0 && apertura) {
    for (const m of apertura.texto.matchAll(/["“«]([^"”»]{2,60})["”»]/g)) {
      if (!/^LAS PARTES$/i.test(m[1]!) && enMayusculas(m[1]!)) denominaciones.push({ texto: m[1]!.trim(), origen: en(apertura) });
    }
  }
  const rolDe = (d: string): Rol | undefined => {
    const n = normalizar(d);
    if (/evaluad/.test(n)) return 'sujeto_evaluado';
    if (/contralor|control interno/.test(n)) return 'control_interno';
    if (/tesorer|finanzas municipal/.test(n)) return 'tesoreria';
    return undefined;
  };
  for (const d of denominaciones) {
    lectura.partes.push({ denominacion: d.texto, rol: rolDe(d.texto), origen: d.origen, candidatos: [], obligaciones: [] });
  }
  const sinRol = lectura.partes.filter((p) => p.rol === undefined);
  if (sinRol.length === 1) sinRol[0]!.rol = 'coordinadora';
  else if (sinRol.length > 1) {
    for (const p of sinRol) {
      if (/secretar|implan|planeaci|coordina|uippe|evaluaci/.test(normalizar(p.denominacion))) p.rol = 'coordinadora';
      revisar(
        `partes (${p.denominacion})`,
        `no se pudo saber con certeza el papel de «${p.denominacion}»${p.rol ? '; se supuso coordinadora' : ''}`,
        p.origen,
      );
    }
  }
  if (lectura.partes.length === 0)
    falta(
      'partes',
      'no se encontraron las partes (se buscaron las declaraciones «1. DE "…"» y las denominaciones entre comillas al inicio)',
    );

  const parecida = (a: string, b: string) => {
    const pa = palabras(a);
    const pb = palabras(b);
    return pa.filter((x) =>
      pb.some((y) => x === y || (x.length >= 6 && y.length >= 6 && (x.startsWith(y.slice(0, 6)) || y.startsWith(x.slice(0, 6))))),
    ).length;
  };
  const parteDe = (texto: string): ParteLeida | undefined => {
    const puntuadas = lectura.partes.map((p) => ({ p, s: parecida(texto, p.denominacion) })).filter((x) => x.s > 0);
    puntuadas.sort((a, b) => b.s - a.s);
    return puntuadas.length && (puntuadas.length === 1 || puntuadas[0]!.s > puntuadas[1]!.s) ? puntuadas[0]!.p : undefined;
  };

  return { apertura, parteDe };
}

/** Who signs for each party, from the signature blocks after the signing sentence. */
function leerFirmantes(
  c: Contexto,
  apertura: Parrafo | undefined,
  parteDe: (texto: string) => ParteLeida | undefined,
): { bloques: Bloque[]; persona: (b: Bloque) => PersonaLeida } {
  const { lineas, lectura, titulo, revisar, falta, iFirma } = c;
  // Signature blocks: a name in capitals, its title below; a caption above it in Word tables.
  const bloques: Bloque[] = [];
  if (iFirma >= 0) {
    const aperturaN = apertura ? normalizar(apertura.texto) : '';
    const sinTitulos = (t: string) => t.replace(/^(?:(?:\p{L}{1,4}\.)+\s*)+/u, '').trim();
    const esNombre = (l: Linea, previa?: Linea) => {
      const t = sinTitulos(l.limpio);
      if (!enMayusculas(t) || /\d/.test(t) || t.split(/\s+/).length < 2 || t.split(/\s+/).length > 7) return false;
      if (/\*\*/.test(l.crudo)) return true;
      if (previa && previa.crudo.startsWith('\t') && enMayusculas(previa.limpio)) return true;
      return aperturaN.includes(normalizar(t));
    };
    let responsables = false;
    let actual: Bloque | undefined;
    let etiqueta: Linea | undefined;
    const resto = lineas.slice(iFirma + 1);
    resto.forEach((l, i) => {
      if (l.limpio === '') {
        if (actual && actual.despues.length === 0 && actual.cargo.length > 0) actual.despues.push(l);
        return;
      }
      if (/designan?\s+como\s+responsables|responsables\s+para\s+acudir/i.test(l.limpio)) {
        responsables = true;
        actual = undefined;
        return;
      }
      if (l.crudo.startsWith('\t') && enMayusculas(l.limpio)) {
        etiqueta = l;
        actual = undefined;
        return;
      }
      // A title runs over several capitalised lines until a blank line; only a bold line breaks it.
      const enCargo = actual !== undefined && actual.despues.length === 0 && !/\*\*/.test(l.crudo);
      // A name too long for a narrow signature box wraps: the line under it continues the name when
      // the opening names the signer with both lines («DR. GONZALO LEVI OBREGÓN» / «SALINAS»).
      if (enCargo && actual!.cargo.length === 0 && enMayusculas(l.limpio)) {
        const junto = `${actual!.nombre.limpio} ${l.limpio}`;
        if (aperturaN.includes(normalizar(sinTitulos(junto)))) {
          actual!.nombre = { ...actual!.nombre, crudo: `${actual!.nombre.crudo} ${l.crudo.trim()}`, limpio: junto };
          return;
        }
      }
      if (enCargo && enMayusculas(l.limpio)) {
        actual!.cargo.push(l);
        return;
      }
      if (esNombre(l, resto[i - 1])) {
        actual = { etiqueta, nombre: l, cargo: [], despues: [], responsable: responsables };
        bloques.push(actual);
        etiqueta = undefined;
        return;
      }
      if (actual) actual.despues.push(l);
    });
  }
  const persona = (b: Bloque): PersonaLeida => {
    const partes = b.nombre.limpio.match(/^((?:\p{L}{1,4}\.\s*)*)(.*)$/u)!;
    const prefijo = partes[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => (/^(\p{L}\.){2,}$/u.test(t) ? t : t.charAt(0) + t.slice(1).toLocaleLowerCase('es-MX')))
      .join(' ');
    const nombre = `${prefijo ? `${prefijo} ` : ''}${titulo(partes[2]!)}`.trim();
    const cargo = titulo(
      b.cargo
        .map((c) => c.limpio)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    return { nombre, cargo, origen: origen(b.nombre) };
  };

  // The opening names who represents each party, in the order the denominations are listed.
  const representantes = apertura ? [...apertura.texto.matchAll(/REPRESENTAD[OA]S?\s+POR\s+/gi)].map((m) => m.index! + m[0].length) : [];
  const respectivamente = apertura && /RESPECTIVAMENTE/i.test(apertura.texto);
  const firmantes = bloques.filter((b) => !b.responsable);
  for (const b of firmantes) {
    const p = persona(b);
    let parte: ParteLeida | undefined;
    let duda: string | undefined;
    if (b.etiqueta) parte = parteDe(b.etiqueta.limpio);
    if (!parte && apertura) {
      const t = normalizar(apertura.texto);
      const sin = normalizar(b.nombre.limpio.replace(/^(?:(?:\p{L}{1,4}\.)\s*)+/u, ''));
      const pos = t.indexOf(sin);
      if (pos >= 0) {
        // "…, EN ADELANTE "X"" after the name, or «"X", REPRESENTADA POR» before it.
        const despues = /en adelante (?:el |la |los |las )?([^,;]+?)(?=[,;]|\s+y\s|$)/.exec(
          t.slice(pos + sin.length, pos + sin.length + 200),
        );
        const antes = t
          .slice(Math.max(0, pos - 160), pos)
          .split(/,|;|\sy\s/)
          .slice(-2)
          .join(' ');
        const ante = /([a-z ]+?)\s*representad[oa]s? por (?:su titular )?(?:el |la )?(?:[a-z]+ )?$/.exec(antes);
        if (respectivamente) {
          const k = representantes.filter((r) => normalizar(apertura.texto.slice(0, r)).length <= pos + 1).length - 1;
          parte = k >= 0 ? lectura.partes[k] : undefined;
        }
        if (!parte && despues && !/\bpor\b/.test(despues[1]!)) parte = parteDe(despues[1]!);
        if (!parte && ante) parte = parteDe(ante[1]!);
      }
    }
    if (!parte) {
      const k = firmantes.indexOf(b);
      parte = lectura.partes.filter((x) => !x.firmante)[0];
      if (parte)
        duda = `no se pudo saber a qué parte corresponde la firma de ${p.nombre} (línea ${p.origen.linea}); se asignó por orden (firma ${k + 1})`;
    }
    if (!parte) continue;
    if (parte.firmante) {
      revisar(
        `partes (${parte.denominacion}).firmante`,
        `hay más de una firma para «${parte.denominacion}»: se conserva la primera`,
        p.origen,
      );
      continue;
    }
    parte.firmante = p;
    if (duda) revisar(`partes (${parte.denominacion}).firmante`, duda, p.origen);
    if (b.etiqueta) parte.candidatos.push({ texto: b.etiqueta.limpio, tipo: 'etiqueta', origen: origen(b.etiqueta) });
    parte.candidatos.push({ texto: b.cargo.map((c) => c.limpio).join(' '), tipo: 'cargo', origen: origen(b.cargo[0] ?? b.nombre) });
    // A different person signing for the named one ("Por instrucciones de…").
    const texto = b.despues.filter((l) => l.limpio);
    const otro = texto[0];
    if (otro && !enMayusculas(otro.limpio) && /^(\p{Lu}\p{Ll}+\s){1,5}\p{Lu}\p{Ll}+$/u.test(otro.limpio) && texto.length > 1) {
      const nota = texto
        .slice(1)
        .map((l) => l.limpio)
        .join(' ')
        .replace(/\s+/g, ' ');
      parte.firma_nota = {
        valor: `Firma ${otro.limpio}, cuyo nombre aparece bajo el de ${p.nombre} con la nota: «${nota}»`,
        origen: origen(otro),
      };
      revisar(
        `partes (${parte.denominacion}).firma_nota`,
        `bajo el nombre de ${p.nombre} aparece ${otro.limpio} con una nota; se describe así en «firma_nota»`,
        origen(otro),
      );
    }
  }
  for (const parte of lectura.partes) {
    if (!parte.firmante)
      falta(`partes (${parte.denominacion}).firmante`, `no se encontró quién firma por «${parte.denominacion}» ni su cargo`);
  }

  return { bloques, persona };
}

/** Names of the bodies in the opening, for matching the catalogue or creating an ente file. */
function leerEntesDeApertura(c: Contexto, apertura: Parrafo | undefined, parteDe: (texto: string) => ParteLeida | undefined): void {
  const { lectura, en } = c;
  const respectivamente = apertura && /RESPECTIVAMENTE/i.test(apertura.texto);
  // Names of the bodies in the opening, for matching the catalogue or creating an ente file.
  if (apertura) {
    const t = apertura.texto.replace(/\*\*/g, '');
    const desde = (/QUE\s+CELEBRAN,?\s*/i.exec(t)?.index ?? 0) + 0;
    const marcas = [...t.matchAll(/REPRESENTAD[OA]S?\s+POR/gi)];
    let previo = desde;
    marcas.forEach((m, k) => {
      const segmento = t.slice(previo, m.index);
      previo = m.index! + m[0].length;
      const trozos = segmento.split(
        /POR UNA PARTE|POR LA OTRA PARTE|;|,?\s+Y\s+(?=(?:LA|EL|LOS|LAS)\s)|EN ADELANTE\s+["“«][^"”»]+["”»]|ASÍ COMO/i,
      );
      let ente = (trozos.at(-1) ?? '').replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(?:LA|EL|LOS|LAS)\s+/i, '');
      ente = ente.replace(/,\s*(?:ESTADO DE [\p{Lu} ]+|[\p{Lu} ]+)$/u, (x) => (/ESTADO DE|MUNICIPIO/i.test(x) ? '' : x)).trim();
      if (!ente || ente.length < 4) return;
      const entre = /["“«]([^"”»]+)["”»]/.exec(ente);
      // Which party: the denomination right after ("EN ADELANTE"), the quoted one, or the k-th listed.
      const tras = /^[^;]{0,200}?EN ADELANTE\s+["“«]([^"”»]+)["”»]/i.exec(t.slice(previo));
      const parte =
        (entre && parteDe(entre[1]!)) ||
        (tras && !/REPRESENTAD/i.test(t.slice(previo, previo + tras.index + tras[0].length - tras[1]!.length - 2)) && parteDe(tras[1]!)) ||
        (respectivamente ? lectura.partes[k] : undefined);
      if (!parte || entre) return;
      const siglasEnte = /\(([\p{Lu}]{2,12})\)/u.exec(ente);
      const nombre = ente.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      parte.candidatos.unshift({ texto: nombre, tipo: SUSTANTIVOS_OFICINA.test(nombre) ? 'nombre' : 'cargo', origen: en(apertura) });
      if (siglasEnte) parte.candidatos.unshift({ texto: siglasEnte[1]!, tipo: 'siglas', origen: en(apertura) });
    });
  }
  for (const parte of lectura.partes) {
    if (/^[\p{Lu}]{2,12}$/u.test(parte.denominacion))
      parte.candidatos.push({ texto: parte.denominacion, tipo: 'siglas', origen: parte.origen });
  }
}

/** Nature of each body: declaration N.1 says "es un …". */
function leerNaturaleza(c: Contexto, parteDe: (texto: string) => ParteLeida | undefined): void {
  const { lineas, iDeclaraciones, iClausulas } = c;
  // Nature of each body: declaration N.1 says "es un …".
  if (iDeclaraciones >= 0) {
    let actual: ParteLeida | undefined;
    for (const l of lineas.slice(iDeclaraciones + 1, iClausulas >= 0 ? iClausulas : undefined)) {
      const encab = /^\d+\.\s+DEL?\s+(.+)$/.exec(l.limpio);
      if (encab && enMayusculas(encab[1]!)) {
        actual = parteDe(sinComillas(encab[1]!));
        continue;
      }
      if (!actual || actual.naturaleza) continue;
      const m =
        /^\d+\.1\.?\s+(?:Que\s+)?(?:.{0,160}?,\s+)?es\s+(?:un|una|la|el)\s+(.+?)(?=,\s*(?:de conformidad|encargad|con atribuciones)|\s+con atribuciones|\s+de conformidad|,\s+encargad|\.\s|\.$)/iu.exec(
          l.limpio,
        );
      if (m) actual.naturaleza = { valor: m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1), origen: origen(l) };
    }
  }
}

/** Obligations: clause SEGUNDA, one list per party. */
function leerObligaciones(c: Contexto, parteDe: (texto: string) => ParteLeida | undefined): void {
  const { lectura, revisar, falta, clausula, lineasDe } = c;
  // Obligations: clause SEGUNDA, one list per party.
  const obligaciones = clausula(/obligaciones|compromisos y responsabilidades|responsabilidades/);
  if (obligaciones) {
    let actual: ParteLeida | undefined;
    let ultimo: { inciso: string; texto: string } | undefined;
    for (const l of lineasDe(obligaciones).slice(1)) {
      if (!l.limpio) continue;
      const inciso = /^([a-zñ]{1,2})\)\s+(.+)$/.exec(l.limpio);
      if (/^DEL?\s/i.test(l.limpio) && !inciso && l.limpio.length < 80) {
        actual = parteDe(sinComillas(l.limpio.replace(/^DEL?\s+/i, '')));
        if (!actual) revisar('partes.obligaciones', `no se supo de qué parte son las obligaciones bajo «${l.limpio}»`, origen(l));
        ultimo = undefined;
      } else if (inciso && actual) {
        ultimo = { inciso: `${inciso[1]})`, texto: inciso[2]! };
        actual.obligaciones.push(ultimo);
      } else if (ultimo) ultimo.texto = `${ultimo.texto} ${l.limpio}`;
    }
    for (const p of lectura.partes) {
      for (const o of p.obligaciones) o.texto = o.texto.replace(/\s*;\s*(?:y|e)?\s*$/, '').trim();
    }
  } else falta('partes.obligaciones', 'no se encontró la cláusula de obligaciones (SEGUNDA)');
}

/** Responsables (clause TERCERA or the signature page) and where the sessions are held. */
function leerResponsables(
  c: Contexto,
  parteDe: (texto: string) => ParteLeida | undefined,
  bloques: Bloque[],
  persona: (b: Bloque) => PersonaLeida,
): void {
  const { parrafos, lectura, en, revisar, falta, clausula, lineasDe, buscar } = c;
  // Responsables: clause TERCERA ("“LA SECRETARÍA” designa a …") or the signature page.
  const tercera = clausula(/responsables/);
  for (const l of lineasDe(tercera)) {
    const m = /["“«]([^"”»]+)["”»]\s+designa\s+a\s+(?:la\s+|el\s+)?(?:C\.\s+)?([^,]+),\s+(.+?)\.?$/u.exec(l.limpio);
    if (!m) continue;
    const parte = parteDe(m[1]!);
    if (parte) parte.responsable = { nombre: m[2]!.trim(), cargo: m[3]!.trim(), origen: origen(l) };
  }
  for (const b of bloques.filter((x) => x.responsable)) {
    const p = persona(b);
    const ya = lectura.partes.some((x) => x.responsable && normalizar(x.responsable.nombre) === normalizar(p.nombre));
    if (!ya)
      revisar(
        'partes.responsable',
        `la hoja de firmas designa como responsable a ${p.nombre} (${p.cargo}), que no aparece en la cláusula de responsables; asígnelo a su parte`,
        p.origen,
      );
  }
  if (tercera && !lectura.partes.some((p) => p.responsable)) {
    falta('partes.responsable', `la cláusula ${tercera.ordinal} no nombra a las personas responsables (campo opcional)`);
  }
  const sede = buscar(
    /sesiones se llevar[aá]n a cabo(?:\s+entre\s+["“«][^"”»]+["”»])?,?\s+en\s+(las\s+instalaciones\s+.+?|.+?)\.?$/iu,
    parrafos,
  );
  if (sede) {
    const t = sede.m[1]!.replace(/^las\s+/i, '').replace(/\.$/, '');
    lectura.sede_sesiones = { valor: t.charAt(0).toUpperCase() + t.slice(1), origen: en(sede.p) };
  }
}

/** Findings listed apart from the table (the municipal seed's list a)). */
function leerHallazgos(c: Contexto): void {
  const { lineas, lectura, clausulas, tabla } = c;
  // Findings listed apart from the table (the municipal seed's list a)).
  if (tabla) {
    const c = clausulas.filter((k) => k.desde <= tabla.inicio).at(-1);
    let ultimo: { numero: string; texto: string; origen: Origen } | undefined;
    for (const l of lineas.slice(c ? c.desde + 1 : tabla.inicio, tabla.inicio)) {
      if (!l.limpio) continue;
      const m = /^(\d{1,2})\.\s+(?!\d)(.+)$/.exec(l.limpio);
      if (m) {
        ultimo = { numero: m[1]!, texto: m[2]!.trim(), origen: origen(l) };
        lectura.hallazgos.push(ultimo);
      } else if (/^[a-z]\)\s/.test(l.limpio)) ultimo = undefined;
      else if (ultimo) ultimo.texto = `${ultimo.texto} ${l.limpio}`;
    }
  }
}

/** Extensions and the cap on due dates. */
function leerProrroga(c: Contexto): void {
  const { lineas, lectura, en, revisar, falta, clausula, lineasDe, textoDe, buscar } = c;
  // --- Extensions and the cap on due dates --------------------------------------------------
  const prorroga = clausula(/prorroga/);
  const textoProrroga = prorroga ? textoDe(lineasDe(prorroga)) : undefined;
  if (prorroga && textoProrroga) {
    const o = origen(lineas[prorroga.desde]!);
    if (/no\s+(?:se\s+)?(?:podr[aá]n?|conceder[aá]n?|otorgar[aá]n?|habr[aá])[^.]*pr[oó]rroga/i.test(textoProrroga))
      lectura.prorroga.permitida = { valor: false, origen: o };
    else if (/(?:podr[aá]|podr[aá]n)\s+solicitar[^.]*pr[oó]rroga|pr[oó]rroga[^.]*(?:podr[aá]|se conceder[aá])/i.test(textoProrroga))
      lectura.prorroga.permitida = { valor: true, origen: o };
    else revisar('prorroga.permitida', 'la cláusula de prórroga no dice claramente si se permite', o);
    const lim = /(?:mayor\s+(?:a|de)|m[aá]s\s+de|hasta|m[aá]ximo\s+de)\s+(\d+|[a-z]+)\s+d[ií]as\s+(naturales|h[aá]biles)/i.exec(
      textoProrroga,
    );
    if (lim) {
      const dias = Number(lim[1]) || NUMEROS[lim[1]!.toLowerCase()];
      if (dias && /natural/i.test(lim[2]!)) lectura.prorroga.limite_dias_naturales = { valor: dias, origen: o };
      else revisar('prorroga.limite_dias_naturales', `el límite es de «${lim[0]}»; el campo cuenta días naturales: conviértalo a mano`, o);
    }
    const ante = /pr[oó]rroga\s+(?:a|ante)\s+(?:la|el)\s+([\p{Lu}][^,.;]+)/u.exec(textoProrroga);
    if (ante) lectura.prorroga.ante = { valor: ante[1]!.trim(), origen: o };
  } else {
    falta('prorroga.permitida', 'no se encontró la cláusula de prórroga: indique si el convenio permite prórrogas (true o false)');
  }
  const tope = buscar(/(?:no\s+podr[aá]n?\s+(?:exceder|rebasar)|a\s+m[aá]s\s+tardar)[^.]*?(\d{1,2}\s+de\s+\p{L}+\s+de(?:l)?\s+\d{4})/iu);
  if (tope && /fecha|cumplimiento|compromiso|recomendaci|hallazgo/i.test(tope.p.texto)) {
    const f = fechasEn(tope.m[1]!)[0];
    if (f) lectura.fecha_limite_compromisos = { valor: f.valor, origen: en(tope.p) };
  }
}
