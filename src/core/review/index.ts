/** Side-by-side review of meetings across sources. Pure: meetings and spans in, comparisons out. */
export * from './meetingCompare';
export * from './sharedEntities';
export { variantKey } from './variantKey';
export { takeFieldFromSource, takeFieldText } from './takeField';
