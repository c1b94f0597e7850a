import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What every command returns: its exit status and the Spanish lines to print. Commands never print themselves. */
export interface Salida {
  codigo: number;
  lineas: string[];
}

type Leidos<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/**
 * Reads a command line the same way for every command: `--ayuda` (or `--help`) answers with the help, and an
 * unknown or incomplete option is named in one sentence followed by the help, with exit status 1.
 */
export function leerArgumentos<O extends ParseArgsOptionsConfig>(
  argv: string[],
  opciones: O,
  ayuda: string,
):
  | { ok: true; valores: Leidos<O>['values']; posicionales: string[] }
  // `problema` names the bad option in a phrase a command can embed; absent when help was asked for.
  | { ok: false; salida: Salida; problema?: string } {
  if (argv.includes('--ayuda') || argv.includes('--help')) return { ok: false, salida: { codigo: 0, lineas: [ayuda] } };
  try {
    const { values, positionals } = parseArgs({ args: argv, options: opciones, allowPositionals: true, strict: true });
    return { ok: true, valores: values, posicionales: positionals };
  } catch (e) {
    const opcion = /'(--?[^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1];
    const falta = (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
    const problema = falta ? `a la opción ${opcion ?? ''} le falta su valor` : `opción no reconocida${opcion ? `: ${opcion}` : ''}`;
    return { ok: false, problema, salida: { codigo: 1, lineas: [`${problema[0]!.toUpperCase()}${problema.slice(1)}.`, '', ayuda] } };
  }
}

/**
 * The entry point of every scripts/*.ts command: runs it, prints its lines and sets the exit status.
 * An exception is a bug, not bad input; the person at the keyboard still gets one Spanish line, no stack trace.
 */
export async function ejecutarOrden(nombre: string, orden: (argv: string[]) => Salida | Promise<Salida>): Promise<void> {
  try {
    const { codigo, lineas } = await orden(process.argv.slice(2));
    if (lineas.length > 0) console.log(lineas.join('\n'));
    process.exitCode = codigo;
  } catch (e) {
    // Ctrl+C while a question is open ends the prompt with this error: nothing was written.
    if (e instanceof Error && e.name === 'ExitPromptError') console.error('Cancelado: no se escribió nada.');
    else console.error(`Error inesperado en ${nombre}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
