import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, paginas } from '../build/sitio.ts';
import { SEGMENTOS_RESERVADOS } from '../../src/lib/evaluaciones/rutas.ts';

/**
 * One page of every kind the site builds, taken from the built site itself (the largest of each kind:
 * the one most likely to overflow or break). Browser suites that must cover "every page type" use it.
 */
const EVALUACION = new RegExp(`^/evaluaciones/(?!(?:${SEGMENTOS_RESERVADOS.join('|')})/)[^/]+/$`);

const LISTA_DE_GRUPO = /^\/(entes|programas|gobiernos|ejercicios)\/[^/]+\/pagina\/\d+\/$/;

export function tiposDePagina(dist = DIST): Record<string, string> {
  const todas = paginas(dist);
  const peso = (ruta: string) => statSync(join(dist, ruta, 'index.html')).size;
  const mayor = (patron: RegExp) => {
    const candidatas = todas.filter((r) => patron.test(r));
    if (candidatas.length === 0) throw new Error(`el sitio en ${dist} no tiene ninguna página ${patron}`);
    return candidatas.sort((a, b) => peso(b) - peso(a) || a.localeCompare(b))[0]!;
  };
  return {
    inicio: '/',
    convenios: '/convenios/',
    convenio: mayor(/^\/convenios\/(?!pagina\/)[^/]+\/$/),
    programas: '/programas/',
    programa: mayor(/^\/programas\/[^/]+\/$/),
    entes: '/entes/',
    ente: mayor(/^\/entes\/[^/]+\/$/),
    gobiernos: '/gobiernos/',
    gobierno: mayor(/^\/gobiernos\/[^/]+\/$/),
    ejercicios: '/ejercicios/',
    ejercicio: mayor(/^\/ejercicios\/\d{4}\/$/),
    metodologia: '/metodologia/',
    // Only content with the federal record has it, and groups with more than 100 documents a second page.
    ...(todas.includes('/seguimiento-federal/') ? { 'seguimiento federal': '/seguimiento-federal/' } : {}),
    ...(todas.some((r) => LISTA_DE_GRUPO.test(r)) ? { 'lista de un grupo': mayor(LISTA_DE_GRUPO) } : {}),
    datos: '/datos/',
    evaluaciones: '/evaluaciones/',
    'costos de evaluaciones': '/evaluaciones/costos/',
    evaluadores: '/evaluaciones/evaluadores/',
    'ASM por evaluación': '/evaluaciones/asm/',
    'programas evaluados': '/evaluaciones/programas/',
    // Only content with the SHCP evaluations has evaluation pages (synthetic and hostile copies have none).
    ...(todas.some((r) => EVALUACION.test(r)) ? { evaluacion: mayor(EVALUACION) } : {}),
    buscar: '/buscar/?q=convenio',
    widget: mayor(/^\/entes\/[^/]+\/widget\/$/),
    'no encontrada': '/404.html',
  };
}
