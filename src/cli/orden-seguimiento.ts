import { carpetaDeContenido } from '../configuracion.ts';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { construirIndice } from '../lib/indice.ts';
import { ETIQUETAS } from '../lib/estados.ts';
import { diaEnMexico } from '../lib/fechas.ts';
import { parecidos } from '../lib/importador/texto.ts';
import { describirCumplimiento } from '../lib/textos.ts';
import { leerCatalogo } from '../contenido/catalogo-fs.ts';
import { AYUDA_SEGUIMIENTO, interpretarArgumentos, registrarSeguimiento } from '../contenido/registrar-seguimiento.ts';

/** Status of one commitment and its convenio's rate, as the site would compute them today. */
function situacion(carpeta: string, convenio: string, compromiso: string, hoy: string): { estado: string; tasa: string } | undefined {
  try {
    const indice = construirIndice(leerCatalogo(carpeta), hoy);
    const c = indice.porId.convenios.get(convenio);
    const k = c?.compromisos.find((x) => x.compromiso.id === compromiso);
    return c && k ? { estado: ETIQUETAS[k.situacion.estado], tasa: describirCumplimiento(c) } : undefined;
  } catch {
    return undefined;
  }
}

/** The follow-up command: never throws; 0 when the report was written, 1 when it was refused. */
export function seguimiento(
  argv: string[],
  entorno: Record<string, string | undefined> = process.env,
  hoy = diaEnMexico(new Date()),
): { codigo: number; lineas: string[] } {
  if (argv.includes('--ayuda') || argv.includes('--help')) return { codigo: 0, lineas: [AYUDA_SEGUIMIENTO] };
  const pedido = interpretarArgumentos(argv);
  if (!pedido.ok) return { codigo: 1, lineas: [`No se registró: ${pedido.mensaje}.`, '', AYUDA_SEGUIMIENTO] };
  const p = pedido.valor;
  const carpeta = carpetaDeContenido(p.contenido, entorno);
  const dir = join(carpeta, 'convenios');
  const ids = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
        .map((f) => f.slice(0, -3))
    : [];
  if (!ids.includes(p.convenio)) {
    const cerca = parecidos(p.convenio, ids);
    return {
      codigo: 1,
      lineas: [
        `No se registró: no existe el convenio «${p.convenio}» en ${dir}${cerca.length ? `; ¿quiso decir ${cerca.map((x) => `«${x}»`).join(' o ')}?` : '.'}`,
      ],
    };
  }
  const archivo = join(dir, `${p.convenio}.md`);
  const r = registrarSeguimiento(archivo, readFileSync(archivo, 'utf8'), p, hoy);
  if (!r.ok) return { codigo: 1, lineas: [`No se registró: ${r.mensaje}`] };

  const antes = situacion(carpeta, p.convenio, r.valor.compromisoId, hoy);
  // Write to a temporary file first: an interrupted write never leaves half a convenio.
  const temporal = `${archivo}.${process.pid}.tmp`;
  writeFileSync(temporal, r.valor.texto);
  renameSync(temporal, archivo);
  const despues = situacion(carpeta, p.convenio, r.valor.compromisoId, hoy);

  const lineas = [`Registrado en ${archivo}, compromiso ${r.valor.compromisoId}:`, ...r.valor.agregadas.map((l) => `  + ${l}`)];
  for (const a of r.valor.avisos) lineas.push(`Aviso: ${a}.`);
  if (antes && despues) {
    lineas.push(`Estado del compromiso al ${hoy}: ${antes.estado} → ${despues.estado}.`);
    lineas.push(`Convenio: ${antes.tasa} → ${despues.tasa}.`);
  }
  return { codigo: 0, lineas };
}
