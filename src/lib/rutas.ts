/** Every public URL of the site, in one place: entities link to these for years. */
export function crearRutas(base: string) {
  const raiz = base.endsWith('/') ? base : `${base}/`;
  const r = (ruta: string) => `${raiz}${ruta}`;
  return {
    inicio: r(''),
    convenios: r('convenios/'),
    convenio: (id: string) => r(`convenios/${id}/`),
    programas: r('programas/'),
    programa: (id: string) => r(`programas/${id}/`),
    entes: r('entes/'),
    ente: (id: string) => r(`entes/${id}/`),
    gobiernos: r('gobiernos/'),
    gobierno: (id: string) => r(`gobiernos/${id}/`),
    ejercicios: r('ejercicios/'),
    ejercicio: (pae: number) => r(`ejercicios/${pae}/`),
    metodologia: r('metodologia/'),
    documento: (archivo: string) => r(`documentos/${archivo}`),
    recurso: r,
  };
}

export type Rutas = ReturnType<typeof crearRutas>;
