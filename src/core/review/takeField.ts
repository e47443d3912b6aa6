import type { Meeting } from '../model';
import type { MeetingField } from './meetingCompare';

/**
 * The merged meeting with one field taken from one source's own report (`from`: that source's
 * meeting, see `matchSourceMeetings`). The field's disagreement entry is dropped and the meeting
 * is marked edited. Returns a new object; `merged` is not changed.
 */
export function takeFieldFromSource(merged: Meeting, field: MeetingField, from: Meeting, review?: { author?: string; time?: string }): Meeting {
  const out: Meeting = { ...merged };
  switch (field) {
    case 'participants': out.participants = from.participants.map((p) => ({ ...p })); break;
    case 'topics': out.topics = from.topics.map((t) => ({ ...t })); break;
    case 'place': if (from.place) out.place = { ...from.place }; else delete out.place; break;
    case 'date': if (from.date) out.date = { ...from.date }; else delete out.date; break;
    case 'occasion': if (from.occasion) out.occasion = { ...from.occasion }; else delete out.occasion; break;
    case 'status': out.status = from.status; break;
  }
  return markEdited(out, field, review);
}

/** The merged meeting with a place, occasion or status given as text (e.g. a disagreement's value). */
export function takeFieldText(merged: Meeting, field: 'place' | 'occasion' | 'status', value: string, review?: { author?: string; time?: string }): Meeting {
  const out: Meeting = { ...merged };
  if (field === 'status') {
    if (!['held', 'planned', 'past', 'call'].includes(value)) throw new Error(`unknown meeting status '${value}'`);
    out.status = value as Meeting['status'];
  } else {
    const cur = merged[field];
    out[field] = cur && cur.name === value ? { ...cur } : { name: value };
  }
  return markEdited(out, field, review);
}

function markEdited(m: Meeting, field: MeetingField, review?: { author?: string; time?: string }): Meeting {
  if (m.disagreements && field in m.disagreements) {
    const rest = { ...m.disagreements };
    delete rest[field];
    m.disagreements = Object.keys(rest).length ? rest : undefined;
    if (!m.disagreements) delete m.disagreements;
  }
  m.review = { state: 'edited', ...(review?.author ? { author: review.author } : {}), ...(review?.time ? { time: review.time } : {}) };
  return m;
}
