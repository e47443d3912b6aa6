/** Annotation files and the editing logic behind them. Pure: no editor, no file system. */
export * from './types';
export * from './offsets';
export * from './format';
export * from './reanchor';
export * from './shift';
export * from './merge';
export * from './snap';
export * from './history';
export * from './annotationSet';
export * from './sync';
export * from './decorationGroups';
