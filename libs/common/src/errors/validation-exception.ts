import { ValidationError } from 'class-validator';
import { AppError } from './app-error';

/**
 * The ValidationPipe's exceptionFactory: class-validator errors become one BAD_USER_INPUT AppError whose
 * `field` is the (dotted) path of the first offending input, e.g. `kvkNummer` or `vestigingen.0.postcode`.
 */
export function validationException(errors: ValidationError[]): AppError {
  const problems = flatten(errors, '');
  return AppError.badInput(problems.map((p) => p.message).join('; ') || 'Ongeldige invoer.', problems[0]?.field);
}

function flatten(errors: ValidationError[], prefix: string): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
