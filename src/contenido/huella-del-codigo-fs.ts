import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Everything a build runs or bundles besides the content, from the project's folder whatever the working one: a
 * change to any of it invalidates what builds keep (content reads, page keys, search index batches).
 */
const RAIZ = fileURLToPath(new URL('../../', import.meta.url));
const CODIGO = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Every file under `raiz`, sorted; none if it does not exist. */
export function archivosBajo(raiz: string): string[] {
  if (!existsSync(raiz)) return [];
  if (!statSync(raiz).isDirectory()) return [raiz];
  return readdirSync(raiz, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let huella: string | undefined;

/** A hash of the project's code and dependencies (paths in the project and bytes), computed once per process. */
export function huellaDelCodigo(): string {
  if (huella === undefined) {
    const h = createHash('sha256');
    for (const archivo of CODIGO.flatMap((c) => archivosBajo(join(RAIZ, c)))) {
      h.update(`\0${relative(RAIZ, archivo)}\0`).update(readFileSync(archivo));
    }
    huella = h.digest('base64url');
  }
  return huella;
}
