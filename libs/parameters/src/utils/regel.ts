import { AppError } from '@matchpunt/common';
import { DomainError, DomainValidationError, ParameterSetNotFoundError } from '@matchpunt/domain';

/** The API's field paths are dotted (`medewerkers.2.loonwaarde`), as the validation pipe writes them. */
export function apiVeld(field: string, prefix = ''): string {
  const dotted = field.replace(/\[(\d+)\]/g, '.$1');
  return prefix ? `${prefix}.${dotted}` : dotted;
}

/**
 * Runs a pure rule and turns its errors into AppErrors naming the field in the API's terms: a
 * DomainValidationError becomes BAD_USER_INPUT on `prefix.field`; a missing parameter set BAD_USER_INPUT on
 * `datumVeld`. Other errors pass through unchanged.
 */
export function regel<T>(work: () => T, opts: { prefix?: string; datumVeld?: string } = {}): T {
  try {
    return work();
  } catch (err) {
    throw vertaal(err, opts);
  }
}

export function vertaal(err: unknown, opts: { prefix?: string; datumVeld?: string } = {}): unknown {
  if (err instanceof DomainValidationError) {
    const field = apiVeld(err.field, opts.prefix);
    const melding = err.messageNl.startsWith(`${err.field}: `) ? err.messageNl.slice(err.field.length + 2) : err.messageNl;
    return AppError.badInput(`${field}: ${melding}`, field);
  }
  if (err instanceof ParameterSetNotFoundError) {
    const periode = `${err.gapFrom ?? '…'} t/m ${err.gapTo ?? '…'}`;
    return AppError.badInput(
      `Er is geen parameterset die geldt op ${err.date} (periode zonder parameterset: ${periode}). Een beheerder kan een nieuwe versie maken.`,
      opts.datumVeld ?? 'datum',
    );
  }
  if (err instanceof DomainError) return AppError.badInput(err.messageNl, opts.datumVeld);
  return err;
}
