/**
 * Errors thrown by the pure domain rules. They carry a stable `code`, a Dutch message (`messageNl`, for the
 * users) and an English one (`messageEn`, for logs); `message` holds both. The resolver edge maps `code` to a
 * GraphQL error code, so no raw error reaches a client.
 */
export type DomainErrorCode = 'DOMAIN_VALIDATION' | 'PARAMETER_SET_NOT_FOUND' | 'PARAMETER_SET_AMBIGUOUS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(`${messageNl} / ${messageEn}`);
    this.name = new.target.name;
  }
}

/** Invalid input: `field` names the offending input (a dotted path such as `medewerkers[2].loonwaarde`). */
export class DomainValidationError extends DomainError {
  constructor(
    readonly field: string,
    messageNl: string,
    messageEn: string,
  ) {
    super('DOMAIN_VALIDATION', `${field}: ${messageNl}`, `${field}: ${messageEn}`);
  }
}

/**
 * No parameter set of the tenant is valid on `date`. `gapFrom`/`gapTo` name the uncovered period around the
 * date (inclusive ISO dates; null = unbounded on that side).
 */
export class ParameterSetNotFoundError extends DomainError {
  constructor(
    readonly tenantId: string,
    readonly date: string,
    readonly gapFrom: string | null,
    readonly gapTo: string | null,
  ) {
    const period = `${gapFrom ?? '…'} t/m ${gapTo ?? '…'}`;
    super(
      'PARAMETER_SET_NOT_FOUND',
      `Geen parameterset voor tenant ${tenantId} op ${date}; periode zonder parameterset: ${period}`,
      `No parameter set for tenant ${tenantId} on ${date}; period without a parameter set: ${period}`,
    );
  }
}

/** Two different parameter sets of the tenant with the same version are valid on the same date. */
export class ParameterSetAmbiguousError extends DomainError {
  constructor(
    readonly tenantId: string,
    readonly date: string,
    readonly parameterSetIds: string[],
  ) {
    super(
      'PARAMETER_SET_AMBIGUOUS',
      `Meerdere parametersets (${parameterSetIds.join(', ')}) gelden voor tenant ${tenantId} op ${date}`,
      `Several parameter sets (${parameterSetIds.join(', ')}) are valid for tenant ${tenantId} on ${date}`,
    );
  }
}
