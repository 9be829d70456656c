export { ComparisonLoadError, type LoadErrorDetail, type LoadErrorKind } from './errors.js';
export { fetchComparison, clearComparisonCache, DEFAULT_TIMEOUT_MS, MAX_CACHED_ANSWERS, MAX_RESPONSE_BYTES } from './fetch-comparison.js';
export { findInput, type ComparisonInput } from './source.js';
