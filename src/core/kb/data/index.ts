/**
 * The built-in knowledge base files (JSON, inlined by esbuild). Entity files are
 * `{version: 1, entities: KbEntity[]}`; `ambiguous.json` lists aliases that need context.
 * Add a new data file here.
 */
import ambiguous from './ambiguous.json';
import equipment from './equipment.json';
import events from './events.json';
import organisations from './organisations.json';
import people from './people.json';
import places from './places.json';

export const BUILTIN_KB_FILES: { name: string; json: unknown }[] = [
  { name: 'people.json', json: people },
  { name: 'places.json', json: places },
  { name: 'organisations.json', json: organisations },
  { name: 'equipment.json', json: equipment },
  { name: 'events.json', json: events },
];

/** Aliases that are also common words: accepted only in supporting context. */
export interface AmbiguityData {
  contextual?: { alias: string; entityId: string; reason?: string }[];
  caseSensitiveLatin?: string[];
  sharedAliases?: Record<string, string[]>;
}

export const BUILTIN_AMBIGUITY: AmbiguityData = ambiguous as AmbiguityData;
