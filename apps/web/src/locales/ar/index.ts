// Every Arabic namespace in one module: the app imports it on demand (lib/i18n.ts), so the
// Arabic catalogue is its own chunk, fetched only when Arabic is used.
import type { Namespace } from '../../lib/i18n.ts';
import admin from './admin.json';
import common from './common.json';
import contributions from './contributions.json';
import enums from './enums.json';
import errors from './errors.json';
import identity from './identity.json';
import initiatives from './initiatives.json';
import ledger from './ledger.json';
import organisations from './organisations.json';
import priorities from './priorities.json';
import volunteering from './volunteering.json';
import workspaceVolunteering from './workspaceVolunteering.json';

export default { common, identity, organisations, admin, errors, enums, contributions, ledger, initiatives, priorities, volunteering, workspaceVolunteering } satisfies Record<Namespace, object>;
