/**
 * Why a plan question has no number. "invalid": the user gave something we cannot read (Excel #VALUE!).
 * "unavailable": the question is understood but the plan does not answer it (Excel #N/A).
 */
export type PlanErrorKind = 'invalid' | 'unavailable';

export class PlanError extends Error {
  constructor(
    readonly kind: PlanErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

export const invalid = (message: string): PlanError => new PlanError('invalid', message);
export const unavailable = (message: string): PlanError => new PlanError('unavailable', message);
