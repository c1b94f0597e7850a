import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Pesos {
  html: number;
  css: number;
  /** Scripts the page loads at once, and what they import statically. */
  js: number;
  /** Modules loaded later with import(), e.g. Chart.js when a chart comes into view. */
  jsDiferido: number;
}

const gz = (datos: Buffer | string) => gzipSync(datos, { level: 9 }).length;

/** A site path ("/_astro/x.js") as a file of the build, ignoring the base path prefix. */
function archivoDe(dist: string, base: string, ruta: string): string | undefined {
  const sinBase = ruta.startsWith(base) ? `/${ruta.slice(base.length)}` : ruta;
  const archivo = join(dist, sinBase.split(/[?#]/)[0]!);
  return existsSync(archivo) && statSync(archivo).isFile() ? archivo : undefined;
}

function importaciones(codigo: string): { estaticas: string[]; dinamicas: string[] } {
  const q = '["\'`]';
  const estaticas = [
    ...codigo.matchAll(new RegExp(`(?:^|[;\\s}])(?:import|export)\\s*(?:[\\w*{}\\s,$]+\\s*from\\s*)?${q}([^"'\`]+)${q}`, 'g')),
  ].map((m) => m[1]!);
  const dinamicas = [...codigo.matchAll(new RegExp(`import\\(\\s*${q}([^"'\`]+)${q}\\s*\\)`, 'g'))].map((m) => m[1]!);
  // Vite lists the chunks a lazy import() preloads in __vite__mapDeps, as paths from the site root.
  const mapa = /__vite__mapDeps=[\s\S]*?m\.f=\[([^\]]*)\]/.exec(codigo);
  if (mapa) dinamicas.push(...[...mapa[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => `/${m[1]!}`));
  return { estaticas, dinamicas };
}

/** Gzipped bytes of a built page and of the CSS and JavaScript it loads. */
export function pesosDePagina(dist: string, base: string, ruta: string): Pesos {
  const archivoHtml = ruta.endsWith('/') ? join(dist, ruta.slice(base.length - 1), 'index.html') : join(dist, ruta);
  const html = readFileSync(archivoHtml, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const enLinea = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

  const vistos = new Set<string>();
  let js = 0;
  let jsDiferido = 0;
  const recorrer = (archivo: string, diferido: boolean) => {
    if (vistos.has(archivo)) return;
    vistos.add(archivo);
    const codigo = readFileSync(archivo);
    if (diferido) jsDiferido += gz(codigo);
    else js += gz(codigo);
    const { estaticas, dinamicas } = importaciones(codigo.toString('utf8'));
    const resolver = (esp: string) => (esp.startsWith('.') ? join(dirname(archivo), esp) : archivoDe(dist, base, esp));
    for (const e of estaticas) {
      const a = resolver(e);
      if (a && existsSync(a)) recorrer(a, diferido);
    }
    for (const d of dinamicas) {
      const a = resolver(d);
      if (a && existsSync(a)) recorrer(a, true);
    }
  };
  for (const s of scripts) {
    const a = archivoDe(dist, base, s);
    if (a) recorrer(a, false);
  }
  for (const codigo of enLinea) {
    js += gz(codigo);
    for (const e of importaciones(codigo).estaticas) {
      const a = archivoDe(dist, base, posix.normalize(e));
      if (a) recorrer(a, false);
    }
  }
  return {
    html: gz(html),
    // Inline <style> is part of the HTML and counted there.
    css: css.reduce((t, c) => {
      const a = archivoDe(dist, base, c);
      return a ? t + gz(readFileSync(a)) : t;
    }, 0),
    js,
    jsDiferido,
  };
}

/** Bytes and file count of a folder tree. */
export function tamanoDeCarpeta(carpeta: string): { bytes: number; archivos: number } {
  let bytes = 0;
  let archivos = 0;
  if (!existsSync(carpeta)) return { bytes, archivos };
  const pendientes = [carpeta];
  while (pendientes.length > 0) {
    const actual = pendientes.pop()!;
    for (const nombre of readdirSync(actual)) {
      const ruta = join(actual, nombre);
      const s = statSync(ruta);
      if (s.isDirectory()) pendientes.push(ruta);
      else {
        bytes += s.size;
        archivos++;
      }
    }
  }
  return { bytes, archivos };
}

/** The heaviest HTML page of a build, gzipped at the default level a web server uses (goal: ≤ 50 KB at 30,000). */
export function paginaMasPesada(dist: string): { ruta: string; bytes: number } {
  let mayor = { ruta: '', bytes: 0 };
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const archivo = join(e.parentPath, e.name);
    // Only a page whose raw size could exceed the goal is worth compressing.
    if (statSync(archivo).size < 50 * 1024) continue;
    const bytes = gzipSync(readFileSync(archivo)).length;
    if (bytes > mayor.bytes) mayor = { ruta: `/${posix.relative(dist, archivo)}`, bytes };
  }
  return mayor;
}
