import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/** Expected errors pass straight to formatGraphQLError, without Nest logging them as crashes. */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
