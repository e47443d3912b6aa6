/** The corpus index (pure): see corpusIndex.ts. */
export * from './types';
export * from './articleEntry';
export * from './merge';
export * from './entityIndex';
export * from './corpusIndex';
export * from './meetingViews';
export * from './cache';
