/**
 * Role phrases resolved to the people of the article: "अपने रूसी समकक्ष", a bare "विदेश मंत्री" (the
 * home country's minister), and plural roles after a list of countries ("ईरान और कजाखस्तान के रक्षा मंत्रियों").
 */
import type { DocContext, PersonRef } from './docContext';
import { countryOf } from './docContext';

/** The country whose officials an unqualified role phrase names in this genre (Indian Hindi news). */
const HOME_COUNTRY = 'IN';

/** The person a role phrase points to: "अपने रूसी समकक्ष" -> the Russian with the subject's role named in the article. */
export function resolveRole(ctx: DocContext, role: string, country: string | undefined, subject: PersonRef | undefined): PersonRef | undefined {
  const others = [...ctx.people.values()].filter((p) => p.id !== subject?.id);
  let pool: (PersonRef & { count: number })[];
  if (role === 'counterpart') {
    if (country) {
      const fromCountry = others.filter((p) => p.country === country);
      const sameRole = subject?.role ? fromCountry.filter((p) => p.role === subject.role) : [];
      pool = sameRole.length > 0 ? sameRole : fromCountry;
      if (pool.length > 1 && sameRole.length === 0) return undefined;
    } else {
      pool = subject?.role ? others.filter((p) => p.role === subject.role && p.country !== subject.country) : [];
      if (pool.length !== 1) return undefined;
    }
  } else {
    if (!country) {
      // A bare "विदेश मंत्री ने" in Hindi news is India's minister when the article names exactly one Indian in that role,
      // unless the running subject holds that role and the article is more about them.
      const home = [...ctx.people.values()].filter((p) => p.role === role && p.country === HOME_COUNTRY);
      const subjectCount = subject ? ctx.people.get(subject.id)?.count ?? 0 : 0;
      if (home.length === 1 && !(subject && subject.role === role && subject.id !== home[0].id && subjectCount > home[0].count)) return home[0];
    }
    // A bare "विदेश मंत्री ने" in an article about our foreign minister is that minister.
    if (!country && subject && subject.role === role) return subject;
    if (subject && country && subject.country === country && subject.role === role) return subject;
    pool = others.filter((p) => p.role === role && (!country || p.country === country));
    if (!country && pool.length !== 1) return undefined;
  }
  return [...pool].sort((a, b) => b.count - a.count)[0];
}

export const PLURAL_ROLES: [string, string][] = [
  ['रक्षा मंत्रियों', 'defence minister'], ['रक्षामंत्रियों', 'defence minister'], ['विदेश मंत्रियों', 'foreign minister'], ['विदेशमंत्रियों', 'foreign minister'],
  ['सेना प्रमुखों', 'army chief'], ['नौसेना प्रमुखों', 'navy chief'], ['वायुसेना प्रमुखों', 'air chief'], ['राष्ट्रपतियों', 'president'], ['प्रधानमंत्रियों', 'prime minister'],
];

/** "ईरान, कजाखस्तान और बेलारूस के " ending at `end`: the countries in order and where the list starts. */
export function countryList(text: string, from: number, end: number): { countries: string[]; start: number } | undefined {
  const head = text.slice(from, end);
  const m = /\s+के\s*$/u.exec(head);
  if (!m) return undefined;
  let rest = head.slice(0, m.index);
  const countries: string[] = [];
  let start = from + rest.length;
  for (let k = 0; k < 8; k++) {
    const w = /(?:^|[\s,])((?:[\p{L}\p{M}]+ )?[\p{L}\p{M}]+)$/u.exec(rest);
    if (!w) break;
    const name = w[1];
    const code = countryOf(name) ?? countryOf(name.split(' ').pop() as string);
    if (!code) break;
    const single = countryOf(name) ? name : (name.split(' ').pop() as string);
    countries.unshift(code);
    rest = rest.slice(0, rest.length - single.length);
    start = from + rest.length;
    const sep = /(?:\s*,\s*|\s+(?:और|तथा|एवं|व)\s+)$/u.exec(rest);
    if (!sep) break;
    rest = rest.slice(0, rest.length - sep[0].length);
  }
  return countries.length > 0 ? { countries, start } : undefined;
}
