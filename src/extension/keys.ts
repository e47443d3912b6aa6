/** Central names: settings, context keys, view ids, storage keys. */
export const SECTION = 'newsAnnotator';

export const Setting = {
  ArticleGlob: 'articleGlob',
  PreAnnotateOnOpen: 'preAnnotateOnOpen',
} as const;

export const ViewId = {
  Meetings: 'newsAnnotator.meetings',
  Entities: 'newsAnnotator.entities',
  Articles: 'newsAnnotator.articles',
} as const;

export const LANGUAGE_ID = 'news-article';
