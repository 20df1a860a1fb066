export { buildApp, type AppOptions } from './build-app.js';
export { startServer, type RunningServer } from './start-server.js';
