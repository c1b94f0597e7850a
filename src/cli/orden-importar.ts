import { carpetaDeContenido } from '../configuracion.ts';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { cargarContenido } from '../contenido/cargar-fs.ts';
import { leerCatalogo } from '../contenido/catalogo-fs.ts';
import { ErrorDeContenido, formatearProblema } from '../contenido/errores.ts';
import { diaEnMexico } from '../lib/fechas.ts';
import { importarTexto, listaDeRevision } from '../lib/importador/index.ts';
import { leerArgumentos } from './ejecutar-orden.ts';
import { revisarUrl } from './opciones-comunes.ts';
import { extraerTexto } from '../importador/extraer-texto-fs.ts';

export interface Salida {
  codigo: number;
  lineas: string[];
}

const NOMBRE_FORMATO = { texto: 'texto', docx: 'Word', pdf: 'PDF', escaneo: 'PDF escaneado' } as const;

export const AYUDA = `Uso: npm run importar -- <archivo> [opciones]

Lee un convenio firmado (.pdf, también escaneado, .docx, .txt o .md) y escribe un borrador en content/convenios/,
más los archivos de gobierno, ente y programa que falten. Después lista lo que hay que revisar.

Opciones:
  --id <identificador>   identificador del convenio (por omisión se deduce: gobierno, ente, programa, año)
  --url <dirección>      dirección pública del documento firmado (documento_fuente.url)
  --forzar               escribir aunque el convenio ya exista, el documento ya esté importado o el escaneo
                         sólo se haya leído en parte (los campos dudosos quedan vacíos y en la lista)
  --sin-escribir         sólo mostrar lo que se encontró, sin escribir archivos
  --contenido <carpeta>  carpeta de contenido (por omisión CONTENIDO_DIR o content)

Salida: 0 borrador escrito y válido; 2 borrador escrito pero incompleto (el validador dice qué falta);
1 no se escribió nada (archivo ilegible, sin tabla de compromisos, o ya importado).`;

/**
 * The importer command. Never throws: every failure ends as a Spanish message and an exit code.
 */
export async function importar(
  argv: string[],
  entorno: Record<string, string | undefined> = process.env,
  hoy = diaEnMexico(new Date()),
): Promise<Salida> {
  const lineas: string[] = [];
  const decir = (t: string) => lineas.push(t);
  const args = leerArgumentos(
    argv,
    {
      id: { type: 'string' },
      url: { type: 'string' },
      forzar: { type: 'boolean', default: false },
      'sin-escribir': { type: 'boolean', default: false },
      contenido: { type: 'string' },
    },
    AYUDA,
  );
  if (!args.ok) return args.salida;
  const { valores: o, posicionales: positionals } = args;
  if (positionals.length !== 1)
    return { codigo: 1, lineas: [positionals.length === 0 ? 'Falta el archivo del convenio.' : 'Indique un solo archivo.', '', AYUDA] };
  if (o.id !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) {
    return { codigo: 1, lineas: [`--id «${o.id}» no sirve como identificador (se esperaban minúsculas sin acentos, cifras y guiones)`] };
  }
  const urlMala = revisarUrl(o.url);
  if (urlMala) return urlMala;

  const ruta = positionals[0]!;
  const carpeta = carpetaDeContenido(o.contenido, entorno);
  if (!existsSync(ruta) || !statSync(ruta).isFile()) return { codigo: 1, lineas: [`No existe el archivo ${ruta}.`] };
  const datos = readFileSync(ruta);
  const extraido = await extraerTexto(ruta, datos, { entorno });
  if (!extraido.ok) return { codigo: 1, lineas: [`${ruta}: ${extraido.mensaje}. No se escribió nada.`] };
  if (extraido.aviso) decir(`Aviso: ${extraido.aviso}.`);
  if (extraido.texto.trim() === '') return { codigo: 1, lineas: [`${ruta}: el documento no tiene texto. No se escribió nada.`] };

  // The signed document goes to content/documentos/ (if not there already) so its hash can be checked.
  const documentos = join(carpeta, 'documentos');
  const sha256 = createHash('sha256').update(datos).digest('hex');
  let archivoFuente =
    basename(ruta)
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[.-]+/, '') || 'convenio';
  const yaEsta = resolve(dirname(ruta)) === resolve(documentos);
  if (!yaEsta) {
    const base = archivoFuente.replace(/(\.[^.]+)?$/, '');
    const ext = /\.[^.]+$/.exec(archivoFuente)?.[0] ?? '';
    for (
      let i = 2;
      existsSync(join(documentos, archivoFuente)) &&
      createHash('sha256')
        .update(readFileSync(join(documentos, archivoFuente)))
        .digest('hex') !== sha256;
      i++
    ) {
      archivoFuente = `${base}-${i}${ext}`;
    }
  }

  const catalogo = leerCatalogo(carpeta);
  const { lectura, importacion, archivos } = importarTexto(
    extraido.texto,
    catalogo,
    { ...(o.url ? { url: o.url } : {}), archivo: archivoFuente, sha256 },
    { fuente: basename(ruta), hoy, id: o.id, donde: extraido.donde, ocr: extraido.ocr !== undefined },
  );

  const encontrados = lectura.compromisos.length;
  decir(`Leído ${ruta} (${NOMBRE_FORMATO[extraido.formato]}, ${lectura.lineas} líneas).`);
  if (extraido.ocr) {
    const { paginas, palabras, dudosas } = extraido.ocr;
    decir(
      `Páginas leídas con reconocimiento de texto (OCR): ${paginas.join(', ')} (${palabras} palabras; ${dudosas} con poca confianza, marcadas «⟦…⟧» y nunca usadas como valor).`,
    );
  }
  decir(`Compromisos encontrados: ${encontrados}.`);
  lectura.compromisos.forEach((c) => {
    const donde = extraido.donde?.[c.origen.linea - 1] ?? `línea ${c.origen.linea}`;
    decir(`  ${c.id} (número ${c.numero}): ${donde}${c.fecha ? `; fecha ${c.fecha}` : '; sin fecha'}`);
  });
  if (lectura.encabezados.length > 0)
    decir(
      `Se omitió un encabezado de página repetido ${lectura.encabezados.length} veces (línea ${lectura.encabezados[0]!.linea}: «${lectura.encabezados[0]!.texto}»).`,
    );
  if (extraido.omitidas?.length)
    decir(`Se omitieron los encabezados y pies que se repiten en las páginas: ${extraido.omitidas.map((t) => `«${t}»`).join(', ')}.`);
  for (const r of importacion.reutilizados) decir(`Se reutiliza ${r}.`);
  const revision = listaDeRevision(importacion.notas);

  if (encontrados === 0) {
    decir('');
    decir('Lo que se encontró y lo que no:');
    revision.forEach(decir);
    decir('');
    decir('No se encontraron compromisos, así que no se escribió ningún archivo. Un convenio registra al menos un compromiso');
    decir('(la tabla con «No.», «Aspectos Susceptibles de Mejora» o «Recomendación», la acción y la fecha).');
    if (extraido.tablasVistas?.length) {
      decir(
        `Se encontró ${extraido.tablasVistas.length === 1 ? 'una tabla con columnas' : 'tablas con columnas'} ${extraido.tablasVistas.map((t) => `«${t}»`).join('; ')};`,
      );
      decir('se esperaba una columna de número («No.»), una de aspecto o recomendación y una de acción o de fecha.');
    }
    return { codigo: 1, lineas };
  }
  // A scan with a page the OCR could hardly read: a draft only on request. Unsure words on legible
  // pages only leave their fields empty and listed.
  const ilegible = extraido.ocr && extraido.ocr.paginasIlegibles.length > 0;
  if (ilegible && !o.forzar && !o['sin-escribir']) {
    decir('');
    decir(`Revise antes de publicar (${revision.length}):`);
    revision.forEach(decir);
    decir('');
    const paginas = extraido.ocr!.paginasIlegibles;
    decir(
      `El escaneo sólo se leyó en parte (páginas casi ilegibles: ${paginas.join(', ')}): lo que digan esas páginas falta en la lista de arriba o quedaría vacío.`,
    );
    decir(
      'No se escribió nada. Use --forzar para escribir el borrador de todos modos (los campos dudosos quedan vacíos y en la lista), o importe el archivo de Word o un escaneo más nítido.',
    );
    return { codigo: 1, lineas };
  }
  if (importacion.duplicado && !o.forzar) {
    decir('');
    decir(
      `Este documento ya está importado en ${join(carpeta, 'convenios', `${importacion.duplicado}.md`)} (mismo SHA-256). No se escribió nada; use --forzar para escribir otro borrador.`,
    );
    return { codigo: 1, lineas };
  }
  const destino = join(carpeta, 'convenios', `${importacion.id}.md`);
  if (existsSync(destino) && !o.forzar) {
    decir('');
    decir(`Ya existe ${destino}. No se escribió nada: elija otro identificador con --id, o use --forzar para reemplazarlo.`);
    return { codigo: 1, lineas };
  }

  decir('');
  decir(`Revise antes de publicar (${revision.length}):`);
  revision.forEach(decir);
  if (o['sin-escribir']) {
    decir('');
    decir(`Con --sin-escribir no se escribió nada; se habría escrito: ${archivos.map((a) => join(carpeta, a.ruta)).join(', ')}.`);
    return { codigo: 0, lineas };
  }

  if (!yaEsta && !existsSync(join(documentos, archivoFuente))) {
    mkdirSync(documentos, { recursive: true });
    copyFileSync(ruta, join(documentos, archivoFuente));
    decir('');
    decir(`Copiado el documento a ${join(documentos, archivoFuente)}.`);
  } else decir('');
  const escritos: string[] = [];
  for (const a of archivos) {
    const r = join(carpeta, a.ruta);
    if (existsSync(r) && !(o.forzar && a.ruta.startsWith('convenios/'))) continue;
    mkdirSync(dirname(r), { recursive: true });
    writeFileSync(r, a.texto);
    escritos.push(r);
    decir(`Escrito ${r}${a.ruta.startsWith('convenios/') ? ' (borrador)' : ''}.`);
  }

  // The same checks as the build: the draft is not done until they pass.
  let problemas: ErrorDeContenido['problemas'] = [];
  try {
    cargarContenido(carpeta);
  } catch (e) {
    if (!(e instanceof ErrorDeContenido)) throw e;
    problemas = e.problemas;
  }
  const mios = new Set(escritos.map((r) => relative(process.cwd(), resolve(r))));
  const propios = problemas.filter((p) => mios.has(p.archivo));
  decir('');
  if (propios.length > 0) {
    decir(
      `El borrador todavía NO pasa la validación (${propios.length} ${propios.length === 1 ? 'problema' : 'problemas'}); la construcción del sitio se detendrá hasta que lo complete:`,
    );
    propios.forEach((p) => decir(`  ${formatearProblema(p)}`));
  } else {
    decir('El borrador pasa la validación. Revise la lista de arriba, borre el encabezado BORRADOR y ejecute npm run validar.');
  }
  const ajenos = problemas.length - propios.length;
  if (ajenos > 0)
    decir(
      `Además hay ${ajenos} ${ajenos === 1 ? 'problema' : 'problemas'} en otros archivos del contenido; ejecute npm run validar para verlos.`,
    );
  return { codigo: propios.length > 0 ? 2 : 0, lineas };
}
