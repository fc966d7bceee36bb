export * from './types.js';
export * from './errors.js';
export { readDirectory, type ReadOptions, type ReadResult } from './read.js';
export { EmbeddedSource, type EmbeddedSourceOptions } from './embedded-source.js';
export { ApiSource, type ApiSourceOptions } from './api-source.js';
export { AREA_URI_PREFIX, areaUri, parseAreaUri, coversJurisdiction, runningArea } from './area.js';
export { isOpenAt, parseTime, checkTimeZone } from './schedule.js';
export { distanceMiles, isCoordinates } from './geo.js';
export { checkQuery, runQuery, DEFAULT_PER_PAGE, MAX_PER_PAGE } from './query.js';
