import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
export function memoriaDelArbol(raiz: number): number {
  const hijos = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const nombre of readdirSync('/proc')) {
    if (!/^\d+$/.test(nombre)) continue;
    try {
      const stat = readFileSync(`/proc/${nombre}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const campos = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(nombre);
      const ppid = Number(campos[1]);
      const paginas = Number(campos[21]);
      rss.set(pid, paginas * 4096);
      hijos.set(ppid, [...(hijos.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we were reading it.
    }
  }
  let total = 0;
  const pendientes = [raiz];
  while (pendientes.length > 0) {
    const pid = pendientes.pop()!;
    total += rss.get(pid) ?? 0;
    pendientes.push(...(hijos.get(pid) ?? []));
  }
  return total;
}
