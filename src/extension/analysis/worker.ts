/**
 * Analysis worker (worker_threads): runs `analyzeDocument` off the extension host's thread for the
 * editor's pre-annotation and the review. One knowledge base per worker, rebuilt only when the
 * workspace entities change. It also renders large annotation files for saving. Bundled to
 * dist/analysisWorker.js.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../../core/analyze';
import { createKnowledgeBase } from '../../core/kb/builtin';
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { AnnotationFormatError } from '../../core/annotations';
import { loadAnnotationFile, renderAnnotationFile } from './annotationFile';
import { PART_SIZE, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol';
import type { AnnotationSpan } from '../../core/annotations';

let kbCache: { key: string; kb: KnowledgeBase } | undefined;
/** Spans of render requests still arriving, by request id. */
const renderSpans = new Map<number, AnnotationSpan[]>();

function post(msg: FromAnalysisWorker, transfer?: ArrayBuffer[]): void {
  parentPort!.postMessage(msg, transfer);
}

/**
 * Background priority for this thread (Linux: a thread is a task with its own nice value), so that on
 * a busy machine the extension host's thread gets the CPU first. Best effort: elsewhere nothing changes.
 */
function lowerPriority(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0) setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: keep the normal priority
  }
}

if (parentPort) {
  lowerPriority();
  parentPort.on('message', (msg: ToAnalysisWorker) => {
    try {
      if (msg.type === 'renderPart') {
        const have = renderSpans.get(msg.id);
        if (have) for (const s of msg.spans) have.push(s);
        else renderSpans.set(msg.id, msg.spans);
        return;
      }
      if (msg.type === 'render') {
        const spans = renderSpans.get(msg.id) ?? [];
        renderSpans.delete(msg.id);
        const r = renderAnnotationFile(msg.article, msg.text, spans);
        post({ type: 'rendered', id: msg.id, bytes: r.bytes, hash: r.hash }, [r.bytes.buffer as ArrayBuffer]);
        return;
      }
      if (msg.type === 'load') {
        const r = loadAnnotationFile(msg.content, msg.text);
        for (let i = 0; i < r.spans.length; i += PART_SIZE) post({ type: 'spans', id: msg.id, spans: r.spans.slice(i, i + PART_SIZE) });
        post({ type: 'loaded', id: msg.id, moved: r.moved, orphaned: r.orphaned, recovered: r.recovered });
        return;
      }
      if (kbCache?.key !== msg.kbKey) kbCache = { key: msg.kbKey, kb: createKnowledgeBase(msg.extraEntities) };
      const t0 = performance.now();
      const analysis = analyzeDocument(msg.text, { kb: kbCache.kb });
      const ms = performance.now() - t0;
      // Entities in parts: the host deserialises each message in its own short task.
      const { entities } = analysis;
      for (let i = 0; i < entities.length; i += PART_SIZE) post({ type: 'part', id: msg.id, entities: entities.slice(i, i + PART_SIZE) });
      const rest = msg.entitiesOnly ? { zones: [], sentences: [], entities: [] } : { ...analysis, entities: [] };
      post({ type: 'result', id: msg.id, analysis: rest, ms });
    } catch (err) {
      renderSpans.delete(msg.id);
      const formatError = err instanceof AnnotationFormatError;
      post({ type: 'error', id: msg.id, message: formatError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err), formatError });
    }
  });
}
