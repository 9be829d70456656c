import type { ComparisonIssue } from '../schema/parse.js';

export type LoadErrorKind = 'network' | 'http' | 'parse' | 'schema';

/** Why a comparison could not be shown; the detail of `compare-error`. */
export interface LoadErrorDetail {
  kind: LoadErrorKind;
  /** Words a blogger can act on: `HTTP 404 for /data/x.json`. */
  message: string;
  status?: number;
  issues?: ComparisonIssue[];
}

export class ComparisonLoadError extends Error implements LoadErrorDetail {
  readonly kind: LoadErrorKind;
  readonly status?: number;
  readonly issues?: ComparisonIssue[];
  constructor(detail: LoadErrorDetail) {
    super(detail.message);
    this.name = 'ComparisonLoadError';
    this.kind = detail.kind;
    if (detail.status !== undefined) this.status = detail.status;
    if (detail.issues) this.issues = detail.issues;
  }
  toDetail(): LoadErrorDetail {
    const { kind, message, status, issues } = this;
    return { kind, message, ...(status !== undefined && { status }), ...(issues && { issues }) };
  }
}
