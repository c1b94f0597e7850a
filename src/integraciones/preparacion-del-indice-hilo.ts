// The worker thread of preparacion-del-indice-fs.ts: prepares each page it is sent, in order, until told «fin».
import { parentPort, workerData } from 'node:worker_threads';
import { guardarPreparada } from '../cli/paginas-preparadas-fs.ts';

const carpeta = workerData as string;
parentPort!.on('message', (mensaje: Uint8Array | 'fin') => {
  if (mensaje === 'fin') parentPort!.close();
  else guardarPreparada(carpeta, Buffer.from(mensaje.buffer, mensaje.byteOffset, mensaje.byteLength).toString('utf8'));
});
