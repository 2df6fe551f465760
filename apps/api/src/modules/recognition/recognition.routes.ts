import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.ts';
import { PUBLIC, USER } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import * as certificates from './certificates.service.ts';
import { myImpact } from './impact.service.ts';
import * as s from './recognition.schemas.ts';

/** Certificates of verified hours (holder only, plus a public check by token) and "my impact". */
export function recognitionRoutes(deps: Deps, opts: { chromiumPath: string }): FastifyPluginAsyncZod {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['recognition'];
    app.post('/api/v1/me/certificates', { config: { access: USER }, schema: { tags, summary: 'Issue a certificate of my verified hours (the same snapshot is answered again, 200)', body: s.issueCertificateBody } },
      async (req, reply) => {
        const r = await certificates.issueCertificate(db, config, contextOf(req), req.body);
        reply.code(r.created ? 201 : 200);
        return r.certificate;
      });

    app.get('/api/v1/me/certificates', { config: { access: USER }, schema: { tags, summary: 'My certificates, newest first' } },
      async (req) => certificates.listCertificates(db, config, contextOf(req)));

    app.get('/api/v1/me/certificates/:certificateId', { config: { access: USER }, schema: { tags, summary: 'One of my certificates', params: s.certificateParams } },
      async (req) => certificates.getCertificate(db, config, contextOf(req), req.params.certificateId));

    app.get('/api/v1/me/certificates/:certificateId/html', { config: { access: USER }, schema: { tags, summary: 'My certificate as a bilingual HTML page', params: s.certificateParams } },
      async (req, reply) => reply.type('text/html; charset=utf-8').send(await certificates.certificateHtml(db, config, contextOf(req), req.params.certificateId)));

    app.get('/api/v1/me/certificates/:certificateId/pdf', { config: { access: USER }, schema: { tags, summary: 'My certificate as PDF (needs Chromium)', params: s.certificateParams } },
      async (req, reply) => {
        const pdf = await certificates.certificatePdf(db, config, contextOf(req), req.params.certificateId, opts.chromiumPath);
        return reply.type('application/pdf').header('content-disposition', `inline; filename="certificate-${req.params.certificateId}.pdf"`).send(pdf);
      });

    app.get('/api/v1/certificates/verify/:token', { config: { access: PUBLIC }, schema: { tags, summary: 'Check that a certificate is genuine (hours, issuer and period only)', params: s.verifyParams } },
      async (req) => certificates.verifyCertificate(db, req.params.token));

    app.get('/api/v1/me/impact', { config: { access: USER }, schema: { tags, summary: 'What I have given: hours and value by kind, and my latest contributions' } },
      async (req) => myImpact(db, contextOf(req)));
  };
}
