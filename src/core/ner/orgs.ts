/**
 * Organisations named after a place: a LOCATION followed by an institution noun (दिल्ली पुलिस,
 * बिहार सरकार, पटना हाईकोर्ट, दिल्ली विश्वविद्यालय, Delhi Police, Bombay High Court). The ORG span
 * covers both words and wins over the LOCATION inside it.
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord } from './kbMatch';
import { autoSpan, tokenIndexFrom } from './span';

export const CONFIDENCE_ORG_RULE = 0.6;

/** Institution nouns (one or two words) that make "<place> X" an organisation. */
const HEADS: string[][] = [
  ['पुलिस'], ['सरकार'], ['हाईकोर्ट'], ['हाई', 'कोर्ट'], ['उच्च', 'न्यायालय'], ['विश्वविद्यालय'], ['यूनिवर्सिटी'], ['नगर', 'निगम'], ['विधानसभा'], ['प्रशासन'],
  ['मेट्रो'], ['एयरपोर्ट'], ['हवाई', 'अड्डे'], ['हवाई', 'अड्डा'], ['नगर', 'पालिका'], ['विकास', 'प्राधिकरण'],
  ['Police'], ['Government'], ['High', 'Court'], ['University'], ['Municipal', 'Corporation'], ['Assembly'], ['Metro'], ['Airport'],
].map((h) => h.map((w) => w.normalize('NFD').toLowerCase()));

export function findPlaceOrgs(text: string, tokens: Token[], spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (s.label !== 'LOCATION') continue;
    const k = tokenIndexFrom(tokens, s.end);
    const first = tokens[k];
    if (!first || !first.word || first.newlineBefore || !first.spaceBefore) continue;
    // Latin heads must be capitalised ("Delhi Police", not "Delhi police said" — that is still fine, but "Delhi government" is ambiguous)
    for (const head of HEADS) {
      let ok = true;
      for (let h = 0; h < head.length && ok; h++) {
        const t = tokens[k + h];
        ok = !!t && t.word && !t.newlineBefore && normWord(t.text) === head[h] && (!/^[A-Za-z]/.test(t.text) || /^[A-Z]/.test(t.text));
      }
      if (!ok) continue;
      const end = tokens[k + head.length - 1].end;
      out.push(autoSpan(text, s.start, end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule', s.entityId ? { attrs: { place: s.entityId } } : undefined));
      break;
    }
  }
  return out;
}
