import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..', '..', '..');
const GRAMMAR = join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');
const LANG_CONF = join(ROOT, 'syntaxes', 'language-configuration.json');

interface Token { text: string; scopes: string[] }

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.news-article' ? textmate.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const g = await registry.loadGrammar('text.news-article');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** Tokenise a whole document; returns one token list per line. */
function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scope stacks covering each character of `needle` on `line` (all must be covered by one scope). */
function hasScope(tokens: Token[], needle: string, scope: string): boolean {
  const line = tokens.map((t) => t.text).join('');
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' not on line '${line}'`);
  let pos = 0;
  for (const t of tokens) {
    const start = pos;
    const end = pos + t.text.length;
    pos = end;
    if (end <= at || start >= at + needle.length) continue;
    if (!t.scopes.some((s) => s.startsWith(scope))) return false;
  }
  return true;
}

/** The text of every token carrying `scope` on a line, joined by '|'. */
function textsWith(tokens: Token[], scope: string): string {
  return tokens.filter((t) => t.scopes.some((s) => s.startsWith(scope))).map((t) => t.text).join('|');
}

describe('news-article grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('is well-formed JSON with the scope name the manifest uses', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR, 'utf8'));
    assert.equal(raw.scopeName, 'text.news-article');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'news-article');
    assert.equal(contributed.scopeName, raw.scopeName);
    assert.equal(join(ROOT, contributed.path), GRAMMAR);
    for (const key of ['dateline', 'headline', 'quote', 'url', 'handle', 'hashtag', 'number', 'date']) {
      assert.ok(raw.repository[key], `repository has ${key}`);
    }
  });

  it('has a language configuration whose word pattern keeps Devanagari words whole', () => {
    const conf = JSON.parse(readFileSync(LANG_CONF, 'utf8'));
    const re = new RegExp(conf.wordPattern.pattern, conf.wordPattern.flags + 'g');
    assert.deepEqual('राजनाथ सिंह ने कहा।'.match(re), ['राजनाथ', 'सिंह', 'ने', 'कहा']);
    assert.deepEqual("minister's visit".match(re), ["minister's", 'visit']);
  });

  it('marks the first line as the headline', () => {
    const [first, second] = tokenize('रक्षा मंत्री ने रूसी समकक्ष से की मुलाकात\nयह एक वाक्य है जो पूरा है और काफी लंबा भी है ताकि यह उपशीर्षक न लगे, बल्कि सामान्य पाठ लगे।');
    assert.ok(hasScope(first, 'रक्षा मंत्री ने रूसी समकक्ष से की मुलाकात', 'markup.heading.headline'));
    assert.equal(textsWith(second, 'markup.heading'), '');
  });

  it('does not take a first line that is a full sentence for a headline', () => {
    const [first] = tokenize('The minister met his counterpart in Moscow on Tuesday and discussed the supply of spare parts.');
    assert.equal(textsWith(first, 'markup.heading'), '');
  });

  it('marks short unpunctuated lines as sub-headlines, not sentences', () => {
    const lines = tokenize('Headline\n\nये भी पढ़ें\nवह आया और उसने कहा कि बैठक अच्छी रही।\nदोनों ने चर्चा की। #भारत_रूस @handle\nHe left. Then @someone');
    assert.ok(hasScope(lines[2], 'ये भी पढ़ें', 'markup.heading.subheadline'));
    assert.equal(textsWith(lines[3], 'markup.heading'), '');
    assert.equal(textsWith(lines[4], 'markup.heading'), '', 'a sentence break inside the line');
    assert.equal(textsWith(lines[5], 'markup.heading'), '', 'a full stop inside the line');
  });

  it('finds Hindi and English datelines at line start', () => {
    const lines = tokenize([
      'Headline',
      'नई दिल्ली। रक्षा मंत्री ने बैठक की।',
      'मॉस्को/नई दिल्ली। रक्षा मंत्री राजनाथ सिंह ने मुलाकात की।',
      'NEW DELHI: The defence minister met his counterpart.',
      'MOSCOW/NEW DELHI, Dec 10 — Talks began.',
      'छवि स्रोत: पीटीआई',
      'उन्होंने कहा कि नई दिल्ली। यह वाक्य के बीच में है।',
      'नई दिल्ली: रक्षा मंत्री ने आज बैठक की।',
      'क्रिकेट: आखिरी ओवर में जीती टीम इंडिया, सीरीज पर कब्जा',
    ].join('\n'));
    assert.equal(textsWith(lines[1], 'entity.name.type.dateline'), 'नई दिल्ली');
    assert.ok(hasScope(lines[1], '।', 'punctuation.separator.dateline'));
    assert.equal(textsWith(lines[2], 'entity.name.type.dateline'), 'मॉस्को/नई दिल्ली');
    assert.equal(textsWith(lines[3], 'entity.name.type.dateline'), 'NEW DELHI');
    assert.equal(textsWith(lines[4], 'entity.name.type.dateline'), 'MOSCOW/NEW DELHI, Dec 10');
    assert.equal(textsWith(lines[5], 'entity.name.type.dateline'), '', 'a caption label is not a dateline');
    assert.equal(textsWith(lines[6], 'entity.name.type.dateline'), '', 'only at line start');
    assert.equal(textsWith(lines[7], 'entity.name.type.dateline'), 'नई दिल्ली', 'colon dateline before a paragraph');
    assert.ok(hasScope(lines[7], ':', 'punctuation.separator.dateline'));
    assert.equal(textsWith(lines[8], 'entity.name.type.dateline'), '', 'the kicker of a teaser headline is not a dateline');
  });

  it('marks quoted speech in curly, single and straight quotes', () => {
    const lines = tokenize([
      'Headline',
      'उन्होंने कहा, “भारत और रूस मित्र हैं।” फिर चले गए।',
      'He said ‘we will meet again’ and left; the ministers’ meeting ended.',
      'She said "the talks were productive" today.',
    ].join('\n'));
    assert.ok(hasScope(lines[1], '“भारत और रूस मित्र हैं।”', 'string.quoted.double.speech'));
    assert.ok(!hasScope(lines[1], 'फिर', 'string.quoted'));
    assert.ok(hasScope(lines[2], '‘we will meet again’', 'string.quoted.single.speech'));
    assert.ok(!hasScope(lines[2], 'the ministers', 'string.quoted'));
    assert.ok(hasScope(lines[3], '"the talks were productive"', 'string.quoted.double.speech'));
    assert.ok(!hasScope(lines[3], 'today', 'string.quoted'));
  });

  it('ends an unclosed quote at the end of its line', () => {
    const lines = tokenize('Headline\nHe said “this never closes and goes on\nNext line is plain text, not a quote at all.');
    assert.ok(hasScope(lines[1], 'this never closes', 'string.quoted'));
    assert.equal(textsWith(lines[2], 'string.quoted'), '');
  });

  it('marks URLs, @handles and #hashtags (Latin and Devanagari)', () => {
    const [, line] = tokenize('Headline\nदेखें https://example.org/news/a?id=1. @rajnathsingh ने #IndiaRussia और #भारत_रूस लिखा, mail a@b.com');
    assert.equal(textsWith(line, 'markup.underline.link'), 'https://example.org/news/a?id=1');
    assert.equal(textsWith(line, 'variable.other.mention'), '@rajnathsingh');
    assert.equal(textsWith(line, 'keyword.other.hashtag'), '#IndiaRussia|#भारत_रूस');
  });

  it('marks dates in English and Hindi, in ASCII and Devanagari digits', () => {
    const [, line] = tokenize('Headline\nOn December 10, 2024 and 10 December 2024, बैठक 10 दिसंबर 2024 को, फिर १० दिसंबर २०२४ और दिसंबर 2024 में; 10/12/2024.');
    assert.equal(textsWith(line, 'constant.numeric.date'),
      'December 10, 2024|10 December 2024|10 दिसंबर 2024|१० दिसंबर २०२४|दिसंबर 2024|10/12/2024');
  });

  it('marks numbers in ASCII and Devanagari digits, not digits inside words', () => {
    const [, line] = tokenize('Headline\n21वें सत्र में 1,500 सैनिक, ४०० टैंक और S400 पर 3.5 अरब डॉलर।');
    assert.equal(textsWith(line, 'constant.numeric.news-article'), '21|1,500|४००|3.5');
  });
});

describe('news-article grammar on the real sample corpus', () => {
  const corpus = join(ROOT, '..', 'shared', 'corpus');

  before(async function () {
    if (!existsSync(corpus)) {
      console.log(`      (skipped: ${corpus} is absent; the real articles live in ../shared/corpus)`);
      this.skip();
    }
    grammar ??= await loadGrammar();
  });

  it('tokenises every article completely, Devanagari and Latin alike', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length > 0, 'the corpus has articles');
    for (const f of files) {
      const text = readFileSync(join(corpus, f), 'utf8');
      const lines = tokenize(text);
      assert.equal(lines.map((l) => l.map((t) => t.text).join('')).join('\n'), text, `${f}: tokens cover the text exactly`);
      const scopes = new Set(lines.flat().flatMap((t) => t.scopes));
      assert.ok([...scopes].some((s) => s.startsWith('constant.numeric')), `${f}: numbers or dates are marked`);
    }
  });

  it('marks every line that opens with a combined "<place>/<place>।" dateline', () => {
    // A general property rather than an answer: every line that starts with "<place>/<place>।" gets a dateline.
    let found = 0;
    for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(corpus, f), 'utf8');
      const lines = tokenize(text);
      text.split('\n').forEach((line, i) => {
        const m = /^([\u0900-\u0963\u0970-\u097F]+(?: [\u0900-\u0963\u0970-\u097F]+)?\/[\u0900-\u0963\u0970-\u097F]+(?: [\u0900-\u0963\u0970-\u097F]+)?)।\s*\S/.exec(line);
        if (!m) return;
        found++;
        assert.equal(textsWith(lines[i], 'entity.name.type.dateline'), m[1], `${f}:${i + 1}`);
      });
    }
    assert.ok(found > 0, 'the corpus has at least one such dateline');
  });
});
