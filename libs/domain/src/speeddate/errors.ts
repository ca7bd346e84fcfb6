export type SpeeddateErrorCode =
  | 'INVALID_ROUNDS'
  | 'DUPLICATE_ID'
  | 'INVALID_WINDOW'
  | 'INVALID_MINIMUM'
  | 'INVALID_VALUE'
  | 'UNKNOWN_ID'
  | 'FIXED_OUTSIDE_WINDOW'
  | 'FIXED_CONFLICT';

/**
 * Invalid scheduler input. Same shape as the domain's other errors: a stable `code`, a Dutch message for users
 * (`messageNl`), an English one for logs (`messageEn`); `message` holds both.
 */
export class SpeeddateInputError extends Error {
  constructor(
    readonly code: SpeeddateErrorCode,
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(`${messageNl} / ${messageEn}`);
    this.name = 'SpeeddateInputError';
  }
}
