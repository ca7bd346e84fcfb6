import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, InputValidationPipe } from '@matchpunt/common';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

/** The portal's build (`nx run web:build`); the API serves it at `/` when it exists. */
export const WEB_DIST = join(__dirname, '..', '..', 'web', 'dist');

/** Builds the API (used by main.ts and by the tests, which listen on a free port). */
export async function createApi(): Promise<NestFastifyApplication> {
  const portal = existsSync(join(WEB_DIST, 'index.html'));
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      bodyLimit: 1024 * 1024,
      trustProxy: true,
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
      ...(portal && { rewriteUrl: portalRoute }),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
      reply.header('x-content-type-options', 'nosniff');
      // Links in mails carry tokens in their query string; no other site may learn them from a Referer.
      reply.header('referrer-policy', 'no-referrer');
      if (portal && String(reply.getHeader('content-type')).startsWith('text/html')) {
        reply.header('content-security-policy', PORTAL_CSP);
      }
    });
  app.useGlobalPipes(new InputValidationPipe());
  app.enableShutdownHooks();
  app.enableCors({ origin: app.get(AppConfig).isProduction ? false : true });
  if (portal) {
    app.useStaticAssets({
      root: WEB_DIST,
      prefix: '/',
      // @fastify/static 10 hands the fastify reply here (Nest's type still says a raw response).
      setHeaders: (reply: any, path: string) =>
        reply.header('cache-control', path.includes(join('dist', 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  return app;
}

/**
 * The portal's pages may only run its own scripts, talk to its own API and be framed by nobody. Map tiles come from
 * the tile server the build was configured with, so images may come from any https origin. Inline styles are
 * allowed: the aanbodskrant preview shows the mail's own HTML, styled inline as mail clients need. Set on the
 * portal's HTML only: the GraphQL sandbox of development loads from elsewhere.
 */
const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The portal's own routes (GET, no file extension, not /graphql or /health) answer with its index.html. */
function portalRoute(req: { url?: string; method?: string }): string {
  const url = req.url ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') return url;
  const path = url.split('?')[0];
  return /^\/(graphql|health)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path) ? url : '/index.html';
}
