/**
 * Meetings benchmark: N generated Hindi articles (~5 KB each; 10,000 ≈ 50 MB) through
 * analyzeDocument + extractMeetings (per-article extraction and the cross-article merge).
 * Target: 10,000 articles in under a minute on a 2-core machine.
 */
import { analyzeDocument } from '../src/core/analyze';
import { createKnowledgeBase } from '../src/core/kb/builtin';
import { extractMeetings, type MeetingInputDocument } from '../src/core/meetings';
import { rng } from './lib/corpusGen';

const PEOPLE = [
  ['रक्षा मंत्री राजनाथ सिंह', 'सिंह'], ['रूस के रक्षा मंत्री आंद्रेई बेलोसोव', 'बेलोसोव'], ['रूस के राष्ट्रपति व्लादिमीर पुतिन', 'पुतिन'],
  ['विदेश मंत्री एस जयशंकर', 'जयशंकर'], ['प्रधानमंत्री नरेंद्र मोदी', 'मोदी'], ['चीनी रक्षा मंत्री एडमिरल डोंग जून', 'डोंग जून'],
  ['अमेरिकी विदेश मंत्री मार्को रुबियो', 'रुबियो'], ['रूसी विदेश मंत्री सर्गेई लावरोव', 'लावरोव'],
];
const PLACES = ['मॉस्को', 'नई दिल्ली', 'बीजिंग', 'वाशिंगटन', 'किंगदाओ', 'कजान', 'पेरिस', 'टोक्यो'];
const DAYS = ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार'];
const MONTHS = ['जनवरी', 'मार्च', 'जून', 'सितंबर', 'दिसंबर'];
const FILLER = [
  'दोनों देशों के बीच रक्षा सहयोग लगातार बढ़ रहा है और आने वाले वर्षों में इसके और मजबूत होने की उम्मीद है।',
  'विशेषज्ञों का मानना है कि इस तरह की वार्ताओं से क्षेत्रीय शांति और सुरक्षा को बल मिलता है।',
  'बयान में कहा गया कि संयुक्त उत्पादन, प्रौद्योगिकी हस्तांतरण और सैन्य अभ्यास पर भी विचार किया गया।',
  'मंत्रालय ने बताया कि एस-400 प्रणाली की आपूर्ति और एसयू-30 एमकेआई के उन्नयन पर प्रगति की समीक्षा हुई।',
  'इस दौरान आतंकवाद के खिलाफ साझा लड़ाई और सीमा पार आतंकवाद पर गहरी चिंता जताई गई।',
  'Officials said the talks covered defence cooperation, trade and regional security in detail.',
];

export function generateArticle(i: number): string {
  const r = rng(i + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const a = pick(PEOPLE);
  let b = pick(PEOPLE);
  if (b === a) b = PEOPLE[(PEOPLE.indexOf(a) + 1) % PEOPLE.length];
  const c = PEOPLE[(PEOPLE.indexOf(b) + 2) % PEOPLE.length];
  const place = pick(PLACES);
  const lines = [
    `${b[0].split(' ').slice(-2).join(' ')} से मिले ${a[0]}, रक्षा सहयोग पर हुई बात`,
    '',
    `${place}। ${a[0]} ने ${pick(DAYS)} को ${place} में ${b[0]} से मुलाकात की। दोनों नेताओं ने द्विपक्षीय रक्षा सहयोग पर चर्चा की।`,
  ];
  for (let k = 0; lines.join("\n").length < 1870; k++) {
    if (k % 7 === 3) lines.push(`उन्होंने ${c[0]} के साथ भी बातचीत की। ${a[1]} ने कहा कि यह बैठक बहुत उपयोगी रही।`);
    else if (k % 11 === 5) lines.push(`${a[1]} और ${b[1]} अगले महीने ${pick(PLACES)} में फिर मिलेंगे। पिछली बैठक ${pick(MONTHS)} 2024 में हुई थी।`);
    else if (k % 13 === 7) lines.push(`${a[1]} ने ${b[1]} से फोन पर बात की।`);
    else lines.push(pick(FILLER) + ' ' + pick(FILLER));
  }
  lines.push('', 'Recent Posts', '', 'राजस्थान में चलती बस में लगी आग, कई यात्रियों की मौत', '3 hours ago');
  return lines.join('\n');
}

export interface MeetingsBenchResult {
  articles: number;
  megabytes: number;
  analyzeMs: number;
  extractMs: number;
  totalMs: number;
  meetings: number;
  articlesPerSecond: number;
}

export function runMeetingsBench(count: number): MeetingsBenchResult {
  const kb = createKnowledgeBase();
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t = generateArticle(i);
    texts.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
  const t0 = performance.now();
  const docs: MeetingInputDocument[] = texts.map((text, i) => ({ id: `gen/${String(i).padStart(5, '0')}.txt`, text, analysis: analyzeDocument(text, { kb }) }));
  const t1 = performance.now();
  const meetings = extractMeetings(docs);
  const t2 = performance.now();
  return {
    articles: count,
    megabytes: bytes / 1e6,
    analyzeMs: t1 - t0,
    extractMs: t2 - t1,
    totalMs: t2 - t0,
    meetings: meetings.length,
    articlesPerSecond: count / ((t2 - t0) / 1000),
  };
}
