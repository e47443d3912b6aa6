/**
 * Shared data model of the core. Pure data: no editor, no file system.
 *
 * Offsets: every `start`/`end` in these in-memory types is a UTF-16 code unit index into the
 * original (never normalised) text, 0-based, end-exclusive, exactly like JavaScript's
 * `String.prototype.slice`. Conversion to Unicode code points happens only at the edges
 * (CLI output, exports) through `text/offsets.ts`.
 */

/** The default entity labels. Workspaces may configure more. */
export const DEFAULT_LABELS = ['PERSON', 'ORG', 'LOCATION', 'DATE', 'EQUIPMENT', 'EVENT'] as const;
export type DefaultLabel = (typeof DEFAULT_LABELS)[number];
/** A label is any upper-case identifier; the default set is above. */
export type Label = string;

export type SpanSource = 'auto' | 'manual';
export type SpanStatus = 'suggested' | 'accepted' | 'rejected';

/** A half-open range [start, end) in UTF-16 code units of the original text. */
export interface Range {
  start: number;
  end: number;
}

/** Normalised value of a date mention. */
export interface DateValue {
  /** ISO-like value: "2024-12-10", "2024-12", "2024", or "--12-10" (day and month, no year). */
  value?: string;
  /** Weekday, 1 = Monday ... 7 = Sunday, when the text names one. */
  weekday?: number;
  precision: 'day' | 'month' | 'year' | 'weekday' | 'range' | 'relative';
  /** For ranges: the end value, same form as `value`. */
  endValue?: string;
}

/** An entity mention found in (or tagged on) a text. */
export interface EntitySpan extends Range {
  label: Label;
  /** The original text slice: always equals `text.slice(start, end)` of the document. */
  text: string;
  /** Canonical entity id from the knowledge base, when linked. */
  entityId?: string;
  source: SpanSource;
  status: SpanStatus;
  /** 0..1. Exact alias match ~0.95, variant-key match ~0.7, cue-based ~0.6. */
  confidence: number;
  /** How it was found: 'kb-exact', 'kb-variant', 'cue', 'date-rule', 'equipment-rule', 'event-rule', 'coref', 'manual'. */
  method?: string;
  /** Extra attributes: role, country, normalised date... */
  attrs?: Record<string, string>;
  /** For DATE spans. */
  date?: DateValue;
  /** True when the span lies inside a boilerplate zone. */
  inBoilerplate?: boolean;
}

export type ZoneKind =
  | 'navigation'
  | 'related-links'
  | 'recent-posts'
  | 'byline'
  | 'author-bio'
  | 'tweet-trailer'
  | 'footer'
  | 'boilerplate';

export interface Zone extends Range {
  kind: ZoneKind;
}

export interface Sentence extends Range {
  /** Index of the paragraph (block separated by newlines) the sentence lies in. */
  paragraph: number;
}

/** Canonical entity of the knowledge base. */
export interface KbEntity {
  id: string;
  label: Label;
  /** Canonical names. */
  name: { hi?: string; en?: string };
  /** Every surface form: Hindi and English, spelling variants, abbreviations. */
  aliases: string[];
  wikidata?: string;
  /** e.g. { country: "RU", role: "defence minister", type: "city" } */
  attrs?: Record<string, string>;
}

/** The result of analysing one document. */
export interface DocumentAnalysis {
  zones: Zone[];
  sentences: Sentence[];
  entities: EntitySpan[];
}

/** A reference from a meeting to a mention in a document. Offsets in UTF-16 code units. */
export interface MentionRef extends Range {
  /** Document id (the corpus-relative path of the article). */
  document: string;
  text: string;
}

export interface MeetingParticipant {
  /** Knowledge-base id, or a document-local id 'doc:<name>' for people not in the KB. */
  entityId: string;
  name: string;
  role?: string;
  country?: string;
}

export type MeetingStatus = 'held' | 'planned' | 'past' | 'call';

/** A value that sources may disagree on: every source's value is kept. */
export interface SourcedValue<T> {
  value: T;
  /** Document ids that give this value. */
  sources: string[];
}

/** Where a meeting took place: the city (or region, or country), and the building when a source names one. */
export interface MeetingPlace {
  entityId?: string;
  name: string;
  /** The venue inside `name` ("हैदराबाद हाउस" in नई दिल्ली). */
  venue?: { entityId?: string; name: string };
}

export interface Meeting {
  /** Stable id: derived from participants, place and date so re-extraction keeps it. */
  id: string;
  participants: MeetingParticipant[];
  place?: MeetingPlace;
  date?: { text: string } & DateValue;
  occasion?: { entityId?: string; name: string };
  topics: { entityId?: string; name: string }[];
  status: MeetingStatus;
  confidence: number;
  /** Every sentence of every article that reports it. */
  mentions: MentionRef[];
  /** Fields where sources disagree: field name -> each source's value. */
  disagreements?: Record<string, SourcedValue<string>[]>;
  /** Human decision state. */
  review?: { state: 'confirmed' | 'rejected' | 'edited' | 'manual'; author?: string; time?: string };
}
