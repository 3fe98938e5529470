import { existsSync } from 'node:fs';
import path from 'node:path';
import { type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from '../app.module';
import { ErrorFilter } from '../common/error.filter';
import { createValidationPipe } from '../common/validation';
import { type RuntimeOptions } from './runtime.module';

/** Long opaque path segments (tokens in links) never reach the logs. */
export function redactPath(p: string): string {
  return p.replace(/\/[A-Za-z0-9_-]{24,}(?=\/|$)/g, '/:token');
}

/** Builds the HTTP application: the API under /api and the web app on the same origin. */
export async function createApp(options: RuntimeOptions, logger: LoggerService): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, bodyParser: true });
  const { config } = options;
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '2mb' });
  app.setGlobalPrefix('api');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (!req.path.startsWith('/api')) return;
      logger.log(
        {
          msg: 'request',
          method: req.method,
          path: redactPath(req.path),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'Http',
      );
    });
    next();
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Groeiwijzer API')
      .setDescription('Public JSON API v1: see docs/api.md. Errors: {error, message, fields}.')
      .setVersion('1')
      .addCookieAuth('gw_session')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', useGlobalPrefix: false });

  serveWebApp(app, config.webDist);
  app.enableShutdownHooks();
  return app;
}

/** The built React app, with index.html for every client-side route. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (existsSync(index)) app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    if (!existsSync(index)) return res.status(404).type('text/plain').send('The web app is not built: run `npm run build`.');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
