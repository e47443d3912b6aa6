import * as assert from 'node:assert/strict';
import { findZones, zoneAt } from '../../../../src/core/text/zones';

const body = 'रक्षा मंत्री ने आज मॉस्को में अपने समकक्ष से मुलाकात की और द्विपक्षीय रक्षा सहयोग पर विस्तार से चर्चा की। दोनों देशों ने संबंधों को मजबूत करने का संकल्प लिया।';

function kinds(text: string) {
  return findZones(text).map((z) => [z.kind, text.slice(z.start, z.end)]);
}

describe('text/zones: boilerplate', () => {
  it('marks a trailing recent-posts block to the end of the text', () => {
    const text = `${body}\n${body}\nRecent Posts\nकिसी और खबर का शीर्षक\nएक और टीज़र जो कटता है…\n3 hours ago\n`;
    const z = findZones(text);
    assert.equal(z.length, 1);
    assert.equal(z[0].kind, 'recent-posts');
    assert.equal(text.slice(z[0].start, z[0].start + 12), 'Recent Posts');
    assert.equal(z[0].end, text.length - 1);
  });

  it('marks "ये भी पढ़ें" lines, navigation breadcrumbs and image credits', () => {
    const text = `Home » World » खबर\nछवि स्रोत: पीटीआई\n${body}\nये भी पढ़ें: कोई और खबर\n${body}`;
    assert.deepEqual(kinds(text).map((k) => k[0]), ['navigation', 'byline', 'related-links']);
  });

  it('marks tweet trailers and author bios, keeping the tweet text', () => {
    const text = `${body}\nGlad to meet him. https://t.co/abc pic.twitter.com/xyz\n— Some One (@someone) December 10, 2024\nJane Doe is a journalist at Example News, covering defence.`;
    const k = kinds(text);
    assert.deepEqual(k.map((x) => x[0]), ['tweet-trailer', 'author-bio']);
    assert.match(k[0][1], /^https:\/\/t\.co\/abc pic\.twitter\.com\/xyz\n— Some One/);
  });

  it('finds the zone at a position', () => {
    const text = `${body}\nये भी पढ़ें: कोई और खबर\n${body}`;
    const z = findZones(text);
    const i = text.indexOf('कोई');
    assert.equal(zoneAt(z, i)?.kind, 'related-links');
    assert.equal(zoneAt(z, 0), undefined);
    assert.equal(zoneAt(z, text.length - 1), undefined);
  });

  it('leaves an ordinary article alone', () => {
    assert.deepEqual(findZones(`${body}\n\n${body}`), []);
  });

  it('keeps zones inside the text for CRLF text', () => {
    const text = `${body}\r\nये भी पढ़ें- दूसरी खबर\r\n${body}`;
    const z = findZones(text);
    assert.equal(z.length, 1);
    assert.equal(text.slice(z[0].start, z[0].end), 'ये भी पढ़ें- दूसरी खबर');
  });

  it('starts a teaser block at a heading on its own line (Hindi and English families)', () => {
    for (const head of ['इन्हें भी पढ़ें', 'यह भी पढ़ें', 'पढ़ें ये भी', 'और पढ़ें', 'लेटेस्ट', 'टॉप स्टोरीज', 'ट्रेंडिंग', 'Also Read', 'Top Stories', 'Must Read', 'Related']) {
      const text = `${body}\n${head}\nमुंबई में बारिश से जनजीवन अस्त-व्यस्त, स्कूल बंद\nक्रिकेट टीम का ऐलान, कप्तान बदला\n\n${body}`;
      const z = findZones(text);
      assert.equal(z.length, 1, head);
      const zone = text.slice(z[0].start, z[0].end);
      assert.ok(zone.startsWith(head) && zone.endsWith('कप्तान बदला'), `${head}: ${zone}`);
    }
  });

  it('does not take a following article paragraph into a teaser block', () => {
    const text = `${body}\nये भी पढ़ें\nएक छोटी खबर का शीर्षक\n${body}`;
    const z = findZones(text);
    assert.equal(z.length, 1);
    assert.ok(!text.slice(z[0].start, z[0].end).includes('रक्षा मंत्री'));
  });

  it('marks desk/agency bylines and "Published by" lines, and "X News / Y News" breadcrumbs', () => {
    const text = `Hindi News / World News\nविदेश डेस्क, दैनिक पत्र, मुंबई Published by: रमेश कुमार\n${body}\nEdited By: सुनील वर्मा\n${body}`;
    assert.deepEqual(kinds(text).map((k) => k[0]), ['navigation', 'byline', 'byline']);
  });

  it('keeps ordinary headline-like body lines that mention reading', () => {
    const text = `${body}\nछात्रों ने पुस्तकालय में किताबें पढ़ीं और चर्चा की।\n${body}`;
    assert.deepEqual(findZones(text), []);
  });

  it('marks "place | Updated: date" bylines, space-separated section menus and "की बड़ी खबरें" blocks', () => {
    const text = `होम   भारत   विश्व   खेल\nएजेंसी, पटना | अपडेटेड: 3 मार्च 2025 10:15 AM\n${body}\nबिजनेस की बड़ी खबरें\nशेयर बाजार में तेजी, निवेशक खुश\n`;
    assert.deepEqual(kinds(text).map((k) => k[0]), ['navigation', 'byline', 'recent-posts']);
  });
});
