import { tipoDe } from '../lib/documentos/tipos.ts';
import type { Contenido, Fallidos } from './cargar-fs.ts';
import type { Problema } from './errores.ts';

/**
 * Checks every id that one content file uses to point at another, and ids repeated inside a convenio.
 * An id whose file exists but failed to read (`fallidos`) is not reported: that file has its own message.
 */
export function revisarReferencias(c: Contenido, fallidos?: Fallidos): Problema[] {
  const problemas: Problema[] = [];
  const ids = {
    entes: new Set(c.entes.map((e) => e.id)),
    gobiernos: new Set(c.gobiernos.map((g) => g.id)),
    programas: new Set(c.programas.map((p) => p.id)),
  };
  const exigir = (archivo: string, campo: string, valor: string, coleccion: keyof typeof ids) => {
    if (!ids[coleccion].has(valor) && !fallidos?.[coleccion].has(valor)) {
      problemas.push({
        archivo,
        campo,
        mensaje: `«${valor}» no existe (se esperaba el nombre de un archivo de content/${coleccion}/, sin extensión)`,
      });
    }
  };

  for (const e of c.entes) exigir(e.archivo, 'gobierno', e.datos.gobierno, 'gobiernos');
  for (const cv of c.convenios) {
    const d = cv.datos;
    exigir(cv.archivo, 'gobierno', d.gobierno, 'gobiernos');
    exigir(cv.archivo, 'programa', d.programa, 'programas');
    const tipo = tipoDe(d);
    for (const { campo, ente } of tipo.entesCitados(d)) exigir(cv.archivo, campo, ente, 'entes');
    for (const p of tipo.problemas(d)) problemas.push({ archivo: cv.archivo, ...p });
    const vistos = new Set<string>();
    (d.compromisos as { id: string }[]).forEach((k, i) => {
      if (vistos.has(k.id)) {
        problemas.push({
          archivo: cv.archivo,
          campo: `compromisos[${i}].id`,
          mensaje: `el id «${k.id}» se repite (se esperaba un id distinto para cada compromiso, aunque el número impreso se repita)`,
        });
      }
      vistos.add(k.id);
    });
  }
  return problemas;
}
