import * as assert from 'node:assert/strict';
import { findZones, zoneAt } from '../../../../src/core/text/zones';

const body = 'विदेश मंत्री ने आज टोक्यो में अपने समकक्ष से बातचीत की और व्यापार तथा समुद्री सुरक्षा पर विस्तार से चर्चा की। दोनों पक्षों ने अगले साल फिर मिलने पर सहमति जताई।';
const teasers = 'बिहार में बाढ़ से हजारों लोग प्रभावित\nक्रिकेट टीम ने सीरीज़ अपने नाम की';

/** The zone kind at the start of `line` in `text`, or undefined. */
function kindAt(text: string, line: string): string | undefined {
  const p = text.indexOf(line);
  assert.ok(p >= 0, line);
  return zoneAt(findZones(text), p)?.kind;
}

describe('text/zones: page noise around the article', () => {
  for (const header of ['Most Viewed', 'You May Like', 'Next Story', 'Latest Videos', 'In Other News', 'ये खबरें भी पढ़ें', 'और भी पढ़ें', 'फोटो गैलरी', 'अगली खबर', 'पिछला लेख']) {
    it(`"${header}" starts a block of unrelated headlines`, () => {
      const text = `${body}\n\n${body}\n\n${header}\n${teasers}`;
      assert.equal(kindAt(text, header), 'recent-posts');
      assert.equal(kindAt(text, 'क्रिकेट टीम'), 'recent-posts');
    });
  }

  it('marks tag lists, copyright and disclaimer lines as footer, however long', () => {
    const tags = 'टैग्स: विदेश मंत्री, जापान, टोक्यो यात्रा, भारत जापान संबंध, समुद्री सुरक्षा, व्यापार समझौता, हिंद-प्रशांत, क्वाड बैठक, द्विपक्षीय वार्ता, रक्षा सहयोग, निवेश';
    assert.ok(tags.length > 140);
    for (const line of [tags, 'Tags: Foreign Minister, Japan, Tokyo', 'Copyright © 2026 Example Media Ltd. All rights reserved.', '© 2026 सर्वाधिकार सुरक्षित',
      'Disclaimer: The views expressed are the author\'s own.']) {
      const text = `${body}\n${line}\n${body}`;
      assert.equal(kindAt(text, line), 'footer', line);
    }
  });

  it('marks a byline of name, place and date apart by bars, and dated update lines', () => {
    for (const line of ['Meera Iyer | Chennai | March 3, 2026 09:15 AM IST', 'अपडेटेड 3 मार्च 2026, 09:15 AM IST', 'Translated By: Meera Iyer']) {
      const text = `${body}\n${line}\n${body}`;
      assert.equal(kindAt(text, line), 'byline', line);
    }
    // short Hindi parts apart by bars read as a breadcrumb: outside the article either way
    const hi = 'सुनीता वर्मा | जयपुर | 3 मार्च 2026';
    assert.ok(['byline', 'navigation'].includes(kindAt(`${body}\n${hi}\n${body}`, hi) ?? ''), hi);
  });

  it('leaves article lines alone: prose with a date, a tags word inside a sentence, a headline', () => {
    const lines = ['बैठक 3 मार्च 2026 को टोक्यो में हुई, जिसमें दोनों मंत्री मौजूद थे।',
      'विषय पर बात करते हुए मंत्री ने कहा कि सहयोग बढ़ेगा।',
      'टोक्यो में विदेश मंत्री की अहम बैठक'];
    for (const line of lines) {
      const text = `${body}\n${line}\n${body}`;
      assert.equal(kindAt(text, line), undefined, line);
    }
  });

  it('under a list header at the page end, a teaser\'s short summary stays in the block', () => {
    const text = `${body}\n\n${body}\n\n${body}\n\nLatest News\n\nपुणे में नई मेट्रो लाइन शुरू, यात्रियों को राहत\n\nपुणे: शहर में मंगलवार को नई लाइन खुली। मुख्यमंत्री ने उद्घाटन किया।\n\nMore Articles Like This`;
    assert.equal(kindAt(text, 'पुणे: शहर'), 'recent-posts');
    assert.equal(kindAt(text, 'More Articles'), 'recent-posts');
  });

  it('credits the name line above a role line; a press-conference headline is no byline', () => {
    const text = `टोक्यो में अहम बातचीत\nअमित कुमार\nवरिष्ठ संवाददाता\n${body}`;
    assert.equal(kindAt(text, 'अमित कुमार'), 'byline');
    assert.equal(kindAt(text, 'वरिष्ठ संवाददाता'), 'byline');
    assert.equal(kindAt(text, 'टोक्यो में'), undefined);
    for (const line of ['संवाददाता सम्मेलन में बोले विदेश मंत्री', 'रिपोर्ट में कहा गया कि व्यापार बढ़ा']) {
      assert.equal(kindAt(`${body}\n${line}\n${body}`, line), undefined, line);
    }
  });

  it('a long list of headlines with summaries after a short article is the page\'s tail', () => {
    const list = Array.from({ length: 8 }, (_, i) => `खबर ${i + 1}: पुणे में नई मेट्रो लाइन शुरू, यात्रियों को राहत\nपुणे: शहर में मंगलवार को नई लाइन खुली। मुख्यमंत्री ने उद्घाटन किया।`).join('\n');
    const text = `टोक्यो में अहम बातचीत\n${body}\n${body}\nताज़ा ख़बरें\n${list}`;
    const z = findZones(text);
    assert.equal(z.length, 1);
    assert.equal(text.slice(z[0].start, z[0].end), text.slice(text.indexOf('ताज़ा ख़बरें')));
  });

  it('a list header followed by the article\'s long paragraphs ends at the first of them', () => {
    const text = `Latest News\nपुणे में नई मेट्रो लाइन शुरू\n${body}\n${body}`;
    const z = findZones(text);
    assert.ok(z.every((x) => x.end <= text.indexOf(body)), JSON.stringify(z));
  });

  it('marks "टैग:" / "टॉपिक:" lists (without the plural) and share widgets', () => {
    for (const line of ['टैग: राजनाथ सिंह, रूस, मॉस्को', 'टॉपिक: भारत, रूस', 'कीवर्ड: रक्षा, एस-400']) {
      assert.equal(kindAt(`${body}\n${line}\n${body}`, line), 'footer', line);
    }
    for (const line of ['शेयर करें', 'Share this story on WhatsApp', 'Share', 'Copy Link', 'इसे शेयर करें', 'Follow us: YouTube | Instagram',
      'हमें फॉलो करें: फेसबुक | ट्विटर | यूट्यूब', 'Follow Us On: Facebook, X, Instagram, WhatsApp']) {
      assert.equal(kindAt(`${body}\n${line}\n${body}`, line), 'boilerplate', line);
    }
    // a sentence that speaks of sharing is not a widget
    assert.equal(kindAt(`${body}\nदोनों देश खुफिया जानकारी शेयर करेंगे।\n${body}`, 'दोनों देश'), undefined);
  });
});

