import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, platform } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import * as s from './skills.schemas.ts';
import * as svc from './skills.service.ts';

/** The bilingual volunteer skills list: public to read, kept by platform admins. */
export function skillRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['volunteering'];
    const admin = platform('admin');

    app.get('/api/v1/volunteer-skills', { config: { access: PUBLIC }, schema: { tags, summary: 'Volunteer skills in Arabic and English, active ones in display order (free text is allowed too)', response: { 200: z.object({ items: z.array(s.publicSkillView) }) } } },
      async () => svc.publicSkills(db));

    app.get('/api/v1/admin/volunteer-skills', { config: { access: admin }, schema: { tags, summary: 'Every volunteer skill, inactive ones too', response: { 200: z.object({ items: z.array(s.adminSkillView) }) } } },
      async (req) => svc.allSkills(db, contextOf(req)));

    app.post('/api/v1/volunteer-skills', { config: { access: admin }, schema: { tags, summary: 'Add a skill to the list (409 skill.code_taken)', body: s.createSkillBody, response: { 201: s.adminSkillView } } },
      async (req, reply) => { reply.code(201); return svc.createSkill(db, contextOf(req), req.body); });

    app.patch('/api/v1/volunteer-skills/:code', { config: { access: admin }, schema: { tags, summary: 'Rename, reorder, deactivate or reactivate a skill', params: s.skillParams, body: s.updateSkillBody, response: { 200: s.adminSkillView } } },
      async (req) => svc.updateSkill(db, contextOf(req), req.params.code, req.body));
  };
}
