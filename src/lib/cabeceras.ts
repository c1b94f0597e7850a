// HTTP headers the host should send with the built site. The Content-Security-Policy itself travels in
// each page's <meta> (Astro writes it with the hashes of that build); these are the ones a <meta> cannot
// carry. docs/cabeceras.md explains them and shows them for common hosts; the browser tests serve the
// site with exactly these.

export interface ReglaDeCabeceras {
  /** Site path pattern, as static hosts write it: "*" stands for any run of characters. */
  patron: string;
  cabeceras: Readonly<Record<string, string>>;
}

/** In order: a later rule that matches replaces a header an earlier one set. */
export const CABECERAS: readonly ReglaDeCabeceras[] = [
  {
    patron: '/*',
    cabeceras: {
      // Only this site may frame its pages (clickjacking); a <meta> CSP cannot say this. Every current
      // browser honours frame-ancestors, so no X-Frame-Options (which the widget would have to unset).
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  },
  {
    // The embeddable widget exists to be framed by any public office's site.
    patron: '/entes/*/widget/',
    cabeceras: { 'Content-Security-Policy': 'frame-ancestors *' },
  },
  {
    // Bundles carry a content hash in their name: they never change.
    patron: '/_astro/*',
    cabeceras: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  },
];

function coincide(patron: string, ruta: string): boolean {
  const regex = patron
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(ruta);
}

/** The headers for one site path (without the base path). */
export function cabecerasPara(ruta: string, reglas: readonly ReglaDeCabeceras[] = CABECERAS): Record<string, string> {
  const salida: Record<string, string> = {};
  for (const r of reglas) if (coincide(r.patron, ruta)) Object.assign(salida, r.cabeceras);
  return salida;
}
