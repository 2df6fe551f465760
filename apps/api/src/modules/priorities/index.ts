/** The priorities module: frameworks (SDGs, national, local, platform), their trees and the crosswalk. */
export { priorityRoutes } from './priorities.routes.ts';
export { ensureReferenceData } from './reference-data.ts';
export { expandDown, rollUp } from './roll-up.ts';
export { findPriorities, findPrioritiesWithFramework, findPriorityByCodes } from './priorities.repository.ts';
export { presentPriority, priorityView, type PriorityView } from './priorities.presenter.ts';
