/** Console pages for the priority frameworks, loaded on demand. */
export { FrameworkPage } from './FrameworkPage.tsx';
export { FrameworksPage } from './FrameworksPage.tsx';
