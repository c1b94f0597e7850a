import { crearRutas } from '../lib/rutas.ts';

export const rutas = crearRutas(import.meta.env.BASE_URL);
