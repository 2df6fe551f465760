/** The initiatives module: initiatives, needs, the public catalogue, search and review. */
export { initiativeRoutes } from './initiatives.routes.ts';
export { setProgressSource, type NeedProgress, type ProgressSource } from './progress.ts';
export { reindex as reindexInitiative } from './initiatives.service.ts';
export { sniffImage } from './files.service.ts';
