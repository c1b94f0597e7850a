import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../../datos/indice.ts';
import { obtenerPublicacion } from '../../../datos/publicacion.ts';
import { calendarioIcs } from '../../../lib/datos/calendario.ts';

export async function getStaticPaths() {
  const indice = await obtenerIndice();
  return indice.entes.map((e) => ({ params: { id: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const indice = await obtenerIndice();
  const e = indice.porId.entes.get(params.id!);
  if (!e) throw new Error(`No hay ente «${params.id}»`);
  const ics = calendarioIcs(
    {
      nombre: `${e.datos.siglas ?? e.datos.nombre}: vencimientos de compromisos`,
      descripcion: `Compromisos de los convenios en los que ${e.datos.nombre} es el ente evaluado, en su fecha de vencimiento efectiva.`,
      convenios: e.convenios,
      corte: indice.corte,
    },
    obtenerPublicacion(),
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
