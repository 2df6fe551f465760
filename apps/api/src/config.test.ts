import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('defaults to port 3000 and an SQLite file under ./data', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.deepEqual(c.database, { dialect: 'sqlite', file: path.resolve('./data/ataa.sqlite') });
    assert.equal(c.demoData, true);
    assert.equal(c.cookieSecure, false);
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/ataa' });
    assert.deepEqual(c.database, { dialect: 'postgres', url: 'postgres://u:p@db:5432/ataa' });
  });

  it('never loads demo data in production and makes cookies secure there', () => {
    const c = loadConfig({ NODE_ENV: 'production' });
    assert.equal(c.demoData, false);
    assert.equal(c.cookieSecure, true);
  });

  it('fails fast with every problem listed', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, /PORT/);
        assert.match(err.message, /DATABASE_URL/);
        assert.match(err.message, /LOG_LEVEL/);
        return true;
      },
    );
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', PORT: '' }).database.dialect, 'sqlite');
  });

  it('returns a frozen object', () => {
    assert.ok(Object.isFrozen(loadConfig({})));
  });
});
