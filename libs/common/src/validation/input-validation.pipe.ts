import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { validationException } from '../errors/validation-exception';

/**
 * Validates and transforms every resolver argument. An optional argument the caller left out stays
 * undefined: Nest's ValidationPipe would turn it into an empty instance and then fail on its required fields.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: false, stopAtFirstError: false, exceptionFactory: validationException });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === undefined || value === null) return value;
    return super.transform(value, metadata);
  }
}
