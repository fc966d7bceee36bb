export type { County, CountyShare, Jurisdiction, ZipLookup } from './types.js';
export {
  STATES,
  MILITARY_POSTAL_CODES,
  getState,
  getStateByFips,
  isMilitaryPostalCode,
} from './states.js';
export type { JurisdictionKind, State } from './states.js';
export { MAX_ZIP_INPUT_LENGTH, parseZip, isMilitaryZip } from './zip.js';
export { ZipInputError, JurisdictionDataError, ChunkNotLoadedError } from './errors.js';
export type { ZipInputProblem } from './errors.js';
export { JurisdictionData } from './data.js';
export type { ChunkLoader, DatasetInfo } from './data.js';
export { jurisdictions, loadShippedChunk } from './shipped-data.js';
export { DATASET } from './dataset.js';
export {
  CityRegistry,
  CityDefinitionError,
  MAX_CITIES,
  MAX_CITY_CODES,
  toJurisdiction,
} from './cities.js';
export type { City, CityDefinition } from './cities.js';
export { MAX_CHUNK_LENGTH, SHARE_SCALE } from './format.js';
export { CENTROID_SCALE, type Centroid } from './centroids.js';
