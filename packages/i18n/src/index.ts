export * from './registry.js';
export * from './format.js';
