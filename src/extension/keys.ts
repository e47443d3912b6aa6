/** Central names: settings, context keys, view ids, storage keys. */
export const SECTION = 'newsAnnotator';

export const Setting = {
  ArticleGlob: 'articleGlob',
  PreAnnotateOnOpen: 'preAnnotateOnOpen',
  AnnotationLocation: 'annotationLocation',
  BoilerplateSpans: 'boilerplateSpans',
  Author: 'author',
  SaveDelay: 'saveDelay',
} as const;

export const ViewId = {
  Meetings: 'newsAnnotator.meetings',
  Entities: 'newsAnnotator.entities',
  Articles: 'newsAnnotator.articles',
} as const;

/** Context keys set by the extension for `when` clauses. */
export const ContextKey = {
  /** The active editor shows an article. */
  IsArticle: 'newsAnnotator.isArticle',
} as const;

export const LANGUAGE_ID = 'news-article';

/** Workspace folder marker: a folder containing it is a corpus. */
export const MARKER_FOLDER = '.news-annotator';
