import type { APIRoute } from 'astro';
import { obtenerIndice } from '../../datos/indice.ts';
import { obtenerPublicacion } from '../../datos/publicacion.ts';
import { calendarioIcs } from '../../lib/datos/calendario.ts';

export const GET: APIRoute = async () => {
  const indice = await obtenerIndice();
  const ics = calendarioIcs(
    {
      nombre: 'Convenios Abiertos: vencimientos de compromisos',
      descripcion: 'Fecha de vencimiento efectiva de cada compromiso de los Convenios para la Mejora del Desempeño publicados en Convenios Abiertos.',
      convenios: indice.convenios,
      corte: indice.corte,
    },
    obtenerPublicacion(),
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
