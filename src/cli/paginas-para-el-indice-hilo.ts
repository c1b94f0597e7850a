// A worker thread of prepararEnHilos (paginas-para-el-indice-fs.ts): prepares its share of the pages and says how many.
import { parentPort, workerData } from 'node:worker_threads';
import { prepararPaginas, type Encargo } from './paginas-para-el-indice-fs.ts';

parentPort!.postMessage(await prepararPaginas(workerData as Encargo));
