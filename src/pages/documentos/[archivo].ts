import { tipoDe } from '../../lib/documentos/tipos.ts';
import { configuracion } from '../../configuracion.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../sitio/indice-astro.ts';

const carpeta = join(configuracion.contenido, 'documentos');

// Publishes each source document a convenio cites, byte for byte, so its SHA-256 can be checked.
export async function getStaticPaths() {
  const indice = await obtenerIndice();
  return indice.convenios.flatMap((c) => {
    const { archivo } = tipoDe(c.datos).fuente(c.datos);
    return archivo ? [{ params: { archivo } }] : [];
  });
}

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(carpeta, params.archivo!)));
