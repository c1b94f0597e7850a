import { carpetaDeContenido } from '../configuracion.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leerArgumentos } from './ejecutar-orden.ts';
import { esFechaReal } from '../lib/fechas.ts';
import { parecidos } from '../lib/importador/texto.ts';
import { convenio } from '../schemas/convenio.ts';
import { leerCatalogo, type CatalogoLeido } from '../contenido/catalogo-fs.ts';
import { formatearProblema } from '../contenido/errores.ts';
import { leerArchivo } from '../contenido/leer-archivo.ts';

/** The minimum a convenio file needs to be valid; everything else is added by hand, guided by the comments. */
export interface DatosNuevo {
  id: string;
  titulo: string;
  gobierno: string;
  programa: string;
  pae: number;
  evaluacion: string;
  firma: string;
  lugar: string;
  lineamientos: string;
  disposicion: string;
  url?: string;
  archivo?: string;
  sha256?: string;
  coordinadora: string;
  coordinadoraDenominacion: string;
  coordinadoraFirmante: string;
  coordinadoraCargo: string;
  evaluado: string;
  evaluadoDenominacion: string;
  evaluadoFirmante: string;
  evaluadoCargo: string;
  aspecto: string;
  accion: string;
  fechaCompromiso: string;
  prorroga: boolean;
}

const q = (t: string) => JSON.stringify(t);

/** A valid skeleton: the answers, and a Spanish comment over every field saying what goes there. */
export function plantilla(d: DatosNuevo): string {
  const documento = d.url
    ? `  url: ${d.url}`
    : `  archivo: ${d.archivo}\n  # Huella del archivo: sha256sum content/documentos/${d.archivo}\n  sha256: ${d.sha256}`;
  return `---
# Convenio creado con «npm run nuevo». Cada comentario explica el campo de abajo.
# Lo que el documento no dice se deja fuera: nunca se inventa. Revise con «npm run validar».

# Título del convenio, como lo nombra el documento.
titulo: ${q(d.titulo)}
# Gobierno: nombre de un archivo de content/gobiernos/, sin .yaml.
gobierno: ${d.gobierno}
# Programa presupuestario evaluado: nombre de un archivo de content/programas/, sin .yaml.
programa: ${q(d.programa)}
# Año del Programa Anual de Evaluación (PAE) que ordenó la evaluación, sin comillas.
pae: ${d.pae}
# Ejercicio fiscal evaluado, sólo si el convenio lo dice (quite el «#» de la línea siguiente).
# ejercicio_evaluado: 2021
# Tipo de evaluación, tal como la nombra el convenio.
evaluacion: ${q(d.evaluacion)}
# Firma: fecha (AAAA-MM-DD) y lugar; ejemplares y fojas sólo si el documento los dice.
firma:
  fecha: "${d.firma}"
  lugar: ${q(d.lugar)}
  # ejemplares: 3
  # fojas: 6
# Fundamento: qué lineamientos y qué disposición ordenan el convenio; dónde se publicaron los lineamientos.
fundamento:
  lineamientos: ${q(d.lineamientos)}
  # publicacion: "Gaceta del Gobierno, 23 de febrero de 2017"
  disposicion: ${q(d.disposicion)}
# Documento firmado: dirección pública (url) o archivo en content/documentos/ con su huella sha256.
documento_fuente:
${documento}
  # descripcion: "Convenio firmado, escaneado en PDF"
# Partes que firman. rol: coordinadora, control_interno, tesoreria o sujeto_evaluado.
# denominacion: cómo las nombra el convenio («LA SECRETARÍA»); ente: archivo de content/entes/.
# Agregue la contraloría y la tesorería si firmaron, con el mismo formato.
partes:
  - rol: coordinadora
    denominacion: ${q(d.coordinadoraDenominacion)}
    ente: ${d.coordinadora}
    firmante:
      nombre: ${q(d.coordinadoraFirmante)}
      cargo: ${q(d.coordinadoraCargo)}
    # Persona designada para las sesiones de cumplimiento (cláusula de responsables), si la hay:
    # responsable:
    #   nombre: "Nombre Apellido"
    #   cargo: "Cargo"
    # Obligaciones de la parte (cláusula SEGUNDA), una por inciso:
    # obligaciones:
    #   - inciso: a)
    #     texto: "Texto de la obligación"
  - rol: sujeto_evaluado
    denominacion: ${q(d.evaluadoDenominacion)}
    ente: ${d.evaluado}
    firmante:
      nombre: ${q(d.evaluadoFirmante)}
      cargo: ${q(d.evaluadoCargo)}
# Hallazgos que el convenio lista aparte de los compromisos, si los hay:
# hallazgos:
#   - numero: "1"
#     texto: "Texto del hallazgo"
# Compromisos: cada fila de la tabla del convenio. id: estable y único (no cambia aunque el número impreso
# se repita); numero: como lo imprime el documento; fecha_comprometida: AAAA-MM-DD, o AAAA-MM si sólo da el mes.
compromisos:
  - id: c-1
    numero: "1"
    aspecto: ${q(d.aspecto)}
    accion: ${q(d.accion)}
    fecha_comprometida: "${d.fechaCompromiso}"
    # Seguimiento: regístrelo con «npm run seguimiento», que agrega los reportes aquí.
    seguimiento: []
# Prórroga: si el convenio permite pedirla, su límite en días naturales y ante quién.
prorroga:
  permitida: ${d.prorroga}
  # limite_dias_naturales: 15
  # ante: "Dirección General de Evaluación"
# Fecha que ninguna fecha de cumplimiento puede exceder, si el convenio la fija:
# fecha_limite_compromisos: "2022-12-31"
---

<!-- Pegue debajo de esta línea el texto completo del convenio: la página lo muestra y la búsqueda lo recorre. -->
`;
}

type Campo = {
  clave: keyof DatosNuevo;
  opcion: string;
  pregunta: string;
  tipo?: 'fecha' | 'anio' | 'ente' | 'gobierno' | 'programa' | 'id' | 'sino';
};

const CAMPOS: Campo[] = [
  { clave: 'id', opcion: 'id', pregunta: 'Identificador del convenio (minúsculas y guiones; será su dirección)', tipo: 'id' },
  { clave: 'titulo', opcion: 'titulo', pregunta: 'Título del convenio' },
  { clave: 'gobierno', opcion: 'gobierno', pregunta: 'Gobierno (archivo de content/gobiernos/)', tipo: 'gobierno' },
  { clave: 'programa', opcion: 'programa', pregunta: 'Programa presupuestario (archivo de content/programas/)', tipo: 'programa' },
  { clave: 'pae', opcion: 'pae', pregunta: 'Año del PAE', tipo: 'anio' },
  { clave: 'evaluacion', opcion: 'evaluacion', pregunta: 'Tipo de evaluación (p. ej. Evaluación Específica de Desempeño)' },
  { clave: 'firma', opcion: 'firma', pregunta: 'Fecha de firma (AAAA-MM-DD)', tipo: 'fecha' },
  { clave: 'lugar', opcion: 'lugar', pregunta: 'Lugar de firma' },
  { clave: 'lineamientos', opcion: 'lineamientos', pregunta: 'Lineamientos que cita el convenio como fundamento' },
  { clave: 'disposicion', opcion: 'disposicion', pregunta: 'Disposición de esos lineamientos (p. ej. VIGÉSIMA QUINTA)' },
  { clave: 'coordinadora', opcion: 'coordinadora', pregunta: 'Ente coordinador (archivo de content/entes/)', tipo: 'ente' },
  { clave: 'coordinadoraDenominacion', opcion: 'coordinadora-denominacion', pregunta: 'Cómo lo nombra el convenio (p. ej. LA SECRETARÍA)' },
  { clave: 'coordinadoraFirmante', opcion: 'coordinadora-firmante', pregunta: 'Quién firma por el ente coordinador' },
  { clave: 'coordinadoraCargo', opcion: 'coordinadora-cargo', pregunta: 'Su cargo' },
  { clave: 'evaluado', opcion: 'evaluado', pregunta: 'Ente evaluado (archivo de content/entes/)', tipo: 'ente' },
  { clave: 'evaluadoDenominacion', opcion: 'evaluado-denominacion', pregunta: 'Cómo lo nombra el convenio (p. ej. EL SUJETO EVALUADO)' },
  { clave: 'evaluadoFirmante', opcion: 'evaluado-firmante', pregunta: 'Quién firma por el ente evaluado' },
  { clave: 'evaluadoCargo', opcion: 'evaluado-cargo', pregunta: 'Su cargo' },
  { clave: 'aspecto', opcion: 'aspecto', pregunta: 'Primer compromiso: aspecto susceptible de mejora o recomendación' },
  { clave: 'accion', opcion: 'accion', pregunta: 'Primer compromiso: acción comprometida' },
  {
    clave: 'fechaCompromiso',
    opcion: 'fecha-compromiso',
    pregunta: 'Primer compromiso: fecha (AAAA-MM-DD, o AAAA-MM si sólo da el mes)',
    tipo: 'fecha',
  },
  { clave: 'prorroga', opcion: 'prorroga', pregunta: '¿El convenio permite pedir prórroga? (si/no)', tipo: 'sino' },
];

export const AYUDA_NUEVO = `Uso: npm run nuevo                      (pregunta lo mínimo)
       npm run nuevo -- --id … --titulo … (sin preguntas; todas las opciones)

Escribe content/convenios/<id>.md con lo mínimo para ser válido y un comentario en español sobre cada campo.
Opciones: ${CAMPOS.map((c) => `--${c.opcion}`).join(' ')}
          y una de --url <dirección del documento> o --archivo <nombre en content/documentos/>; --contenido <carpeta>.`;

function revisar(c: Campo, valor: string, catalogo: CatalogoLeido): string | undefined {
  const lista = (ids: string[], que: string) =>
    ids.includes(valor)
      ? undefined
      : `«${valor}» no existe en content/${que}/${
          parecidos(valor, ids).length
            ? ` (¿quiso decir ${parecidos(valor, ids)
                .map((x) => `«${x}»`)
                .join(' o ')}?)`
            : ''
        }`;
  if (valor.trim() === '') return 'no puede quedar vacío';
  switch (c.tipo) {
    case 'id':
      return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(valor) ? undefined : 'se esperaban minúsculas sin acentos, cifras y guiones';
    case 'anio':
      return /^\d{4}$/.test(valor) && Number(valor) >= 1990 && Number(valor) < 2100 ? undefined : 'se esperaba un año de cuatro cifras';
    case 'fecha':
      return esFechaReal(valor) || (c.clave === 'fechaCompromiso' && /^\d{4}-(0[1-9]|1[0-2])$/.test(valor))
        ? undefined
        : 'se esperaba una fecha real AAAA-MM-DD';
    case 'sino':
      return /^(si|sí|no)$/i.test(valor) ? undefined : 'responda si o no';
    case 'gobierno':
      return lista(
        catalogo.gobiernos.map((g) => g.id),
        'gobiernos',
      );
    case 'programa':
      return lista(
        catalogo.programas.map((p) => p.id),
        'programas',
      );
    case 'ente':
      return lista(
        catalogo.entes.map((e) => e.id),
        'entes',
      );
    default:
      return undefined;
  }
}

export type Preguntar = (c: { pregunta: string; validar: (v: string) => string | true }) => Promise<string>;

/**
 * The new-file command. Takes every answer from flags, or asks for the missing ones when a person
 * is at the keyboard (`preguntar`); never throws. Exit 0 when written, 1 otherwise.
 */
export async function nuevo(
  argv: string[],
  entorno: Record<string, string | undefined> = process.env,
  preguntar?: Preguntar,
): Promise<{ codigo: number; lineas: string[] }> {
  const opciones = Object.fromEntries(
    ['url', 'archivo', 'contenido', ...CAMPOS.map((c) => c.opcion)].map((o) => [o, { type: 'string' as const }]),
  );
  const args = leerArgumentos(argv, opciones, AYUDA_NUEVO);
  if (!args.ok) return args.salida;
  const valores = args.valores as Record<string, string | undefined>;
  const carpeta = carpetaDeContenido(valores.contenido, entorno);
  const catalogo = leerCatalogo(carpeta);
  const respuestas: Record<string, string> = {};
  const errores: string[] = [];
  for (const c of CAMPOS) {
    const dado = valores[c.opcion] as string | undefined;
    if (dado !== undefined) {
      const problema = revisar(c, dado, catalogo);
      if (problema) errores.push(`--${c.opcion}: ${problema}`);
      else respuestas[c.clave] = dado;
    } else if (preguntar) {
      respuestas[c.clave] = await preguntar({ pregunta: c.pregunta, validar: (v) => revisar(c, v, catalogo) ?? true });
    } else errores.push(`falta --${c.opcion} (${c.pregunta.toLowerCase()})`);
  }
  let url = valores.url as string | undefined;
  let archivo = valores.archivo as string | undefined;
  if (url === undefined && archivo === undefined && preguntar) {
    const r = await preguntar({
      pregunta: 'Documento firmado: dirección pública (https://…) o nombre del archivo en content/documentos/',
      validar: (v) =>
        (/^https?:\/\/\S+$/.test(v) && URL.canParse(v)) ||
        existsSync(join(carpeta, 'documentos', v)) ||
        'se esperaba una dirección https:// o un archivo que exista en content/documentos/',
    });
    if (/^https?:\/\//.test(r)) url = r;
    else archivo = r;
  }
  if (url === undefined && archivo === undefined) errores.push('falta --url o --archivo (el documento firmado)');
  if (url !== undefined && !(/^https?:\/\/\S+$/.test(url) && URL.canParse(url)))
    errores.push(`--url «${url}» no es una dirección http:// o https://`);
  if (archivo !== undefined && !existsSync(join(carpeta, 'documentos', archivo)))
    errores.push(`--archivo: no existe ${join(carpeta, 'documentos', archivo)}`);
  if (errores.length > 0) return { codigo: 1, lineas: ['No se escribió nada:', ...errores.map((e) => `  ${e}`), '', AYUDA_NUEVO] };

  const destino = join(carpeta, 'convenios', `${respuestas.id}.md`);
  if (existsSync(destino)) return { codigo: 1, lineas: [`No se escribió nada: ya existe ${destino} (elija otro --id).`] };
  const datos: DatosNuevo = {
    ...(respuestas as unknown as DatosNuevo),
    pae: Number(respuestas.pae),
    prorroga: /^s/i.test(respuestas.prorroga ?? ''),
    url,
    archivo,
    sha256: archivo
      ? createHash('sha256')
          .update(readFileSync(join(carpeta, 'documentos', archivo)))
          .digest('hex')
      : undefined,
  };
  const texto = plantilla(datos);
  const leido = leerArchivo(destino, texto, convenio);
  if (!leido.ok)
    return {
      codigo: 1,
      lineas: ['No se escribió nada: el esqueleto no pasa la validación:', ...leido.problemas.map((p) => `  ${formatearProblema(p)}`)],
    };
  mkdirSync(join(carpeta, 'convenios'), { recursive: true });
  writeFileSync(destino, texto);
  return {
    codigo: 0,
    lineas: [
      `Escrito ${destino}.`,
      'Quite el «#» de los campos opcionales que el documento diga, agregue las demás partes y compromisos, pegue el texto del convenio debajo del encabezado y ejecute npm run validar.',
    ],
  };
}
