import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules', '**/dist', '**/.nx', 'artifacts', 'apps/web/dist', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data flows one way: apps → platform → features → domain/db/search/common. libs/domain has no I/O.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:feature', 'type:shared', 'type:data', 'type:domain', 'type:search'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:feature', 'type:shared', 'type:data', 'type:domain', 'type:search'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:shared', 'type:data', 'type:domain', 'type:search'] },
            { sourceTag: 'type:search', onlyDependOnLibsWithTags: ['type:shared', 'type:domain'] },
            { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'meilisearch', 'node:fs', 'fs', 'node:net', 'node:http', 'nodemailer', 'pdfkit'] },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', '**/__tests__/**/*.ts', '**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
