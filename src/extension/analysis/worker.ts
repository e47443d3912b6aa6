/**
 * Analysis worker (worker_threads): runs `analyzeDocument` off the extension host's thread for the
 * editor's pre-annotation and the review. One knowledge base per worker, rebuilt only when the
 * workspace entities change. It also renders large annotation files for saving, and warms up (builds
 * its knowledge base and lets V8 optimise the pipeline on a built-in text) when asked. Bundled to
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
import { PART_SIZE, type FromAnalysisWorker, type ToAnalysisWorker, type WarmUpRequest, WARM_UP_PASSES } from './protocol';
import type { AnnotationSpan } from '../../core/annotations';
import type { KbEntity } from '../../core/model';
import { warmUpText } from '../../core/warmup';

let kbCache: { key: string; kb: KnowledgeBase } | undefined;
/** The warm-up under way: an `analyze` request ends it. */
let warming: { superseded: boolean } | undefined;
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

function knowledgeBase(extraEntities: KbEntity[], kbKey: string): KnowledgeBase {
  if (kbCache?.key !== kbKey) kbCache = { key: kbKey, kb: createKnowledgeBase(extraEntities) };
  return kbCache.kb;
}

/** Warm-up texts per size: passes cycle through this many variants (core/warmup.ts). */
const WARM_UP_VARIANTS = 4;

const yieldToMessages = () => new Promise<void>((r) => setImmediate(r));

/** Build the knowledge base and analyse warm-up texts, pass by pass, yielding to messages between passes. */
async function warmUp(msg: WarmUpRequest): Promise<void> {
  const t0 = performance.now();
  const state = { superseded: false };
  if (warming) warming.superseded = true; // a newer warm-up replaces it
  warming = state;
  let passes = 0;
  let maxPassMs = 0;
  let kbMs = 0;
  try {
    const fresh = kbCache?.key !== msg.kbKey;
    const kb = knowledgeBase(msg.extraEntities, msg.kbKey);
    if (fresh) kb.warm();
    kbMs = fresh ? performance.now() - t0 : 0;
    // A few variants of each size (other openings and paths), each generated once.
    const texts = new Map<string, string>();
    outer: for (const step of msg.passes ?? WARM_UP_PASSES) {
      for (let i = 0; i < step.count; i++) {
        await yieldToMessages();
        if (state.superseded) break outer;
        const p0 = performance.now();
        const key = `${step.size}:${i % WARM_UP_VARIANTS}`;
        let text = texts.get(key);
        if (text === undefined) texts.set(key, (text = warmUpText(kb, step.size, i % WARM_UP_VARIANTS)));
        // The knowledge base of the latest request (an analyze meanwhile may have changed it).
        analyzeDocument(text, { kb: kbCache?.kb ?? kb });
        maxPassMs = Math.max(maxPassMs, performance.now() - p0);
        passes++;
      }
    }
  } finally {
    if (warming === state) warming = undefined;
  }
  post({ type: 'warmed', id: msg.id, passes, kbMs, ms: performance.now() - t0, maxPassMs, superseded: state.superseded });
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
      if (msg.type === 'warm') {
        warmUp(msg).catch((err: unknown) => post({ type: 'error', id: msg.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
        return;
      }
      if (warming) warming.superseded = true;
      const kb = knowledgeBase(msg.extraEntities, msg.kbKey);
      const t0 = performance.now();
      const analysis = analyzeDocument(msg.text, { kb });
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
