import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { registerServiceWorker } from './app/push/service-worker';

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
registerServiceWorker();
