import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

describe('wrappers are matched by declaration, never by name on unrelated objects', () => {
  const GUARD = [
    "import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';",
    "import { FeatureService } from './feature.service';",
    '',
    '@Injectable()',
    'export class FeatureGuard implements CanActivate {',
    '  constructor(private readonly features: FeatureService) {}',
    '',
    '  canActivate(ctx: ExecutionContext): boolean {',
    "    return this.intercept(ctx, 'admin-console');",
    '  }',
    '',
    '  intercept(ctx: ExecutionContext, flag: string): boolean {',
    '    return this.features.isEnabled(flag, ctx.switchToHttp().getRequest().user);',
    '  }',
    '',
    '  private get(key: string): boolean {',
    '    return this.features.isEnabled(key);',
    '  }',
    '',
    '  status(): boolean {',
    "    return this.get('guard-status');",
    '  }',
    '}',
    '',
  ].join('\n');

  it("a class method's own `this.` calls and instances count; `.intercept()`/`.get()` elsewhere do not", async () => {
    const r = await scan({
      'src/auth/feature.guard.ts': GUARD,
      'cypress/e2e/login.cy.ts': [
        "describe('login', () => {",
        "  it('redirects', () => {",
        "    cy.intercept('GET', '/api/session*', { fixture: 'session.json' });",
        "    cy.intercept('**/api/users/**');",
        '  });',
        '});',
        '',
      ].join('\n'),
      'src/widgets/api.ts': [
        "import axios from 'axios';",
        'const httpClient = axios.create();',
        "export const widgets = () => httpClient.get('/widgets/all');",
        'export const one = (id: string) => httpClient.get(`/widgets/${id}`);',
        '',
      ].join('\n'),
      'src/admin/page.ts': [
        "import { FeatureGuard } from '../auth/feature.guard';",
        '',
        'const guard = new FeatureGuard(features);',
        "export const reports = (ctx: Ctx) => guard.intercept(ctx, 'admin-reports');",
        '',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'admin-reports wrapper intercept @src/admin/page.ts:4:59',
      'admin-console wrapper intercept @src/auth/feature.guard.ts:9:32',
      'guard-status wrapper get @src/auth/feature.guard.ts:21:21',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('a key that is a prefix of another is its own key (`celebrate` vs `celebrateFrontend`)', async () => {
    const r = await scan(
      {
        'src/party.ts': "export const on = unleash.isEnabled('celebrateFrontend');\n",
        'config/flags.yaml': 'enabled:\n  - celebrateFrontend\n',
        'scripts/party.py': 'if client.is_enabled("celebrateFrontend"):\n    pass\n',
      },
      { declaredKeys: ['celebrate', 'celebrateFrontend'] },
    );
    expect(r.references.map((x) => `${x.key} ${x.via}`).sort()).toEqual([
      'celebrateFrontend literal',
      'celebrateFrontend text',
      'celebrateFrontend text',
    ]);
  });
});
