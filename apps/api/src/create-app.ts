import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppDeps, AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi/openapi-document';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the whole app (API, docs, portal) without listening, so tests boot exactly what production runs. */
export async function createApp(deps: AppDeps): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(deps), {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(deps.config.LOG_LEVEL) + 1),
  });
  // Only a configured proxy is believed about the client's address: rate limits key on it.
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use(cookieParser());
  // API answers carry personal data (contacts, users, a customer's status): no cache may keep them.
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/docs')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Anyone can reach public intake, so its bodies are held smaller.
  app.use('/api/public', express.json({ limit: '16kb' }));
  app.use('/api', express.json({ limit: '100kb' }), express.text({ type: 'text/csv', limit: '5mb' }));
  app.setGlobalPrefix('api');

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  servePortal(app, deps.config.PORTAL_DIR);
  return app;
}

/** The built portal on the same origin as the API; unknown non-API paths get index.html (client routing). */
function servePortal(app: NestExpressApplication, configured?: string): void {
  const dir = resolve(configured ?? join(process.cwd(), 'dist/apps/portal/browser'));
  if (!existsSync(join(dir, 'index.html'))) {
    new Logger('Portal').warn(`No built portal in ${dir}; serving the API only`);
    return;
  }
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    // The API's own paths only: a portal screen may start with "api" too (/api-clients).
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.sendFile(join(dir, 'index.html'));
  });
}
