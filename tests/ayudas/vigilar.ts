import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Observado {
  /** Content-Security-Policy violations the page reported. */
  violaciones: string[];
  /** Console errors and uncaught exceptions. */
  errores: string[];
  /** Requests to any origin other than the site's. */
  externas: string[];
  /** alert/confirm/prompt dialogs: hostile content trying to run. */
  dialogos: string[];
}

/** Starts watching a page before it loads; the returned lists fill as things happen. */
export async function vigilar(pagina: Page, origen: string): Promise<Observado> {
  const o: Observado = { violaciones: [], errores: [], externas: [], dialogos: [] };
  await pagina.exposeFunction('__violacion', (v: string) => o.violaciones.push(v));
  await pagina.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violacion: (v: string) => void }).__violacion(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  pagina.on('console', (m) => m.type() === 'error' && o.errores.push(m.text()));
  pagina.on('pageerror', (e) => o.errores.push(e.message));
  pagina.on('dialog', (d) => {
    o.dialogos.push(d.message());
    void d.dismiss();
  });
  pagina.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== new URL(origen).origin) o.externas.push(r.url());
  });
  return o;
}

/** Lets a loaded page do all its work: every chart drawn (they load near the viewport), search results in. */
export async function completar(pagina: Page): Promise<void> {
  // Charts are the only thing a page loads on scroll: bring each into view rather than scroll the whole page, whose
  // length (a convenio with 500 commitments) would set the test's time. Each step is bounded under the test's
  // 60 s, so a stall on a loaded machine names its step.
  const graficas = pagina.locator('[data-grafica]');
  const total = await graficas.count();
  for (let i = 0; i < total; i++) await graficas.nth(i).scrollIntoViewIfNeeded({ timeout: 5_000 });
  await expect.poll(() => pagina.locator('[data-grafica][data-dibujada]').count(), { timeout: 15_000 }).toBe(total);
  if (new URL(pagina.url()).pathname.endsWith('/buscar/'))
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
  await pagina.waitForLoadState('networkidle', { timeout: 10_000 });
  await pagina.evaluate(() => window.scrollTo(0, 0));
}
