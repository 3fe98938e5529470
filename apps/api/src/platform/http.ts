import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { HttpStatus, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { withContractSchemas } from './openapi/responses';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { AppModule } from '../app.module';
import { AppError } from '../common/app-error';
import { ErrorFilter } from '../common/error.filter';
import { message } from '../i18n';
import { createValidationPipe } from '../common/validation';
import { MetricsService } from '../metrics/metrics.service';
import { DemandEvents } from '../insights/demand-events';
import { guardInput } from './input-guard.hook';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { type RuntimeOptions } from './runtime.module';

/** The headers helmet would set, computed once (helmet is written for Node's response object). */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}

/** Long opaque path segments (tokens in links) never reach the logs. */
export function redactPath(p: string): string {
  return p.replace(/\/[A-Za-z0-9_-]{24,}(?=\/|$)/g, '/:token');
}

const pathOf = (url: string) => url.split('?')[0];

const BODY_LIMIT = 2 * 1024 * 1024;
/** An import of the largest allowed size (20,000 rows) fits. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
const isImportRoute = (url: string) => /^\/api\/publishers\/[^/]+\/import$/.test(url);

/** Builds the HTTP application (Fastify under Nest): the API under /api and the web app on the
 * same origin. */
export async function createApp(options: RuntimeOptions, logger: LoggerService): Promise<INestApplication> {
  const { config } = options;
  // On close, idle keep-alive connections are dropped at once; requests in flight still finish.
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: BODY_LIMIT, forceCloseConnections: 'idle' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, { logger, bodyParser: false });
  // Security headers are the same for every response: computed once by helmet, then set as is.
  const security = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Only over HTTPS: on a plain-HTTP intranet address it would break every asset.
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    strictTransportSecurity: config.cookieSecure,
  });
  app.getHttpAdapter().getInstance().addHook('onRequest', (_request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.headers(security);
    done();
  });
  await app.register(fastifyCookie);
  // Everything under /api, except Prometheus' conventional /metrics.
  app.setGlobalPrefix('api', { exclude: ['metrics'] });

  const fastify = app.getHttpAdapter().getInstance();
  // Body limits are per route, so Fastify refuses a too-large Content-Length before reading any
  // of the body and stops reading a chunked one at the limit (413): only the import may be large.
  fastify.addHook('onRoute', (route) => {
    if (isImportRoute(route.url ?? '')) route.bodyLimit = IMPORT_BODY_LIMIT;
  });
  // JSON as usual (with prototype-poisoning protection), but an empty body on a POST without
  // payload (close, logout …) is simply no body, whatever Content-Type a client sends; and a
  // body that is `null` or a bare value is no request the API understands.
  const defaultJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    defaultJson(request, String(body), (error: Error | null, parsed?: unknown) => {
      if (error) return done(error, undefined);
      if (parsed === null || typeof parsed !== 'object') return done(new AppError(HttpStatus.BAD_REQUEST, 'invalid_body', 'body_null'), undefined);
      done(null, parsed);
    });
  });
  // Catalogue imports may come as CSV, and may be large.
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string' }, (request, body, done) => {
    if (!isImportRoute(pathOf(request.url))) return done(new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type', 'unsupported_media_type'), undefined);
    done(null, String(body));
  });
  // One-click unsubscribe (RFC 8058) and plain HTML forms post url-encoded bodies.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  fastify.addHook('preValidation', guardInput);
  const logRequests = ['debug', 'info'].includes(config.logLevel);
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (request.url.startsWith('/api')) {
      // The route's pattern; paths no route knows are one label, so no one can grow the series.
      const route = request.routeOptions?.url && request.routeOptions.url !== '/*' ? request.routeOptions.url : 'unmatched';
      metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    }
    if (logRequests && request.url.startsWith('/api')) {
      logger.log(
        {
          msg: 'request',
          method: request.method,
          path: redactPath(pathOf(request.url)),
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 100) / 100,
        },
        'Http',
      );
    }
    done();
  });
  // Searches and item views for the demand signal (insights/demand-events.ts).
  fastify.addHook('preSerialization', app.get(DemandEvents).hook);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const document = withContractSchemas(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Groeiwijzer API')
      .setDescription('Public JSON API v1: see docs/api.md. Errors: {error, message, fields}.')
      .setVersion('1')
      .addCookieAuth('gw_session')
      .addBearerAuth()
      .build(),
  ));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', useGlobalPrefix: false });

  await serveWebApp(app, config.webDist);
  return app;
}

/** The built React app: its files, and index.html for every client-side route. */
async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  const built = existsSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance();
  if (built) {
    // Routes for the files that exist at start (a built app does not change while it runs).
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
  }
  const index = built ? readFileSync(indexFile, 'utf8') : null;
  // The questionnaire for respondents is a separate, lighter page (old phones, slow networks).
  const surveyFile = path.join(webDist, 'survey.html');
  const survey = existsSync(surveyFile) ? readFileSync(surveyFile, 'utf8') : index;
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api')) {
      // An unknown API path: the API's own error format, not the web app.
      const locale = localeFromAcceptLanguage(request.headers['accept-language']);
      return reply.status(404).send({ error: 'not_found', message: message('not_found', locale) });
    }
    if (!index) return reply.status(404).type('text/plain').send('The web app is not built: run `npm run build`.');
    const page = request.url.startsWith('/s/') ? survey : index;
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
  });
}
