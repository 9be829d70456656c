export * from './comparison.js';
export { parseComparison, validateComparison, MAX_DOCUMENT_BYTES, type ComparisonIssue, type ParseResult } from './parse.js';
export { pathToString } from './rules.js';
export { LINK_URL, RESOURCE_URL, isAllowedLink } from './url.js';
export { comparisonJsonSchema } from './json-schema.js';
