import { avisosDeCalidad, type OpcionesDeCalidad } from '../lib/calidad.ts';
import { camposSinLeer } from '../lib/campos-sin-leer.ts';
import type { Contenido } from './cargar-fs.ts';
import type { Problema } from './errores.ts';
import { lineaDeCampo, nombrarCampo } from './leer-archivo.ts';
import { leerTexto } from './leer-texto-fs.ts';

/**
 * The data-quality warnings, located by file, line and field like the errors. Also warns about a
 * convenio that still carries the importer's BORRADOR header: it is valid, but nobody said it was reviewed.
 * Only the first `limite` warnings are located (that means reading and parsing the file again); `total` counts all.
 * `sinUso: false` holds back «ningún convenio usa…» (see avisosDeCalidad).
 */
export function revisarCalidad(c: Contenido, limite = Infinity, opciones: OpcionesDeCalidad = {}): { avisos: Problema[]; total: number } {
  const textos = new Map<string, string>();
  const texto = (archivo: string) => {
    if (!textos.has(archivo)) {
      let t = '';
      try {
        const r = leerTexto(archivo, archivo);
        if (r.ok) t = r.texto;
      } catch {
        // Gone since it was read: the warning keeps its file, without a line.
      }
      textos.set(archivo, t);
    }
    return textos.get(archivo)!;
  };
  const enBorrador = c.convenios.filter((cv) => cv.borrador);
  const borradores: Problema[] = enBorrador.map((cv) => ({
    archivo: cv.archivo,
    linea: 2,
    campo: '(encabezado)',
    mensaje: 'el archivo todavía dice BORRADOR (se esperaba que alguien lo revisara contra el documento y borrara esas líneas)',
  }));
  for (const cv of enBorrador) {
    for (const ruta of camposSinLeer(cv.datos)) {
      borradores.push({
        archivo: cv.archivo,
        linea: lineaDeCampo(cv.archivo, texto(cv.archivo), ruta.slice(0, -1)),
        campo: nombrarCampo(ruta),
        mensaje: 'vacío: el importador no lo pudo leer con seguridad (se esperaba que alguien lo copiara del documento firmado)',
      });
    }
  }
  const otros = avisosDeCalidad(c, opciones);
  const avisos = borradores.slice(0, limite);
  for (const a of otros.slice(0, Math.max(0, limite - avisos.length))) {
    avisos.push({
      archivo: a.archivo,
      linea: lineaDeCampo(a.archivo, texto(a.archivo), a.ruta),
      campo: a.ruta.length ? nombrarCampo(a.ruta) : '(archivo)',
      mensaje: a.mensaje,
    });
  }
  return { avisos, total: borradores.length + otros.length };
}
