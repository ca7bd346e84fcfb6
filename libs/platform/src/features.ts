import { AuthModule } from '@matchpunt/auth';
import { TenancyModule } from '@matchpunt/tenancy';

/** The feature modules the API serves and the worker runs processors for. */
export const FEATURE_MODULES = [TenancyModule, AuthModule];
