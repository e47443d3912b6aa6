/**
 * Analysis worker (worker_threads): runs `analyzeDocument` off the extension host's thread for the
 * editor's pre-annotation and the review. One knowledge base per worker, rebuilt only when the
 * workspace entities change. Bundled to dist/analysisWorker.js.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../../core/analyze';
import { createKnowledgeBase } from '../../core/kb/builtin';
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol';

let kbCache: { key: string; kb: KnowledgeBase } | undefined;

function post(msg: FromAnalysisWorker): void {
  parentPort!.postMessage(msg);
}

if (parentPort) {
  parentPort.on('message', (msg: ToAnalysisWorker) => {
    if (msg.type !== 'analyze') return;
    try {
      if (kbCache?.key !== msg.kbKey) kbCache = { key: msg.kbKey, kb: createKnowledgeBase(msg.extraEntities) };
      const t0 = performance.now();
      const analysis = analyzeDocument(msg.text, { kb: kbCache.kb });
      post({ type: 'result', id: msg.id, analysis, ms: performance.now() - t0 });
    } catch (err) {
      post({ type: 'error', id: msg.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  });
}
