import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { runFlags, yamlRegistry } from './support.js';

/**
 * Defects found by checking the built CLI from outside on scratch repositories shaped like real
 * ones (session 5, third round): each case is the smallest realistic input that failed.
 */

describe('a key held in a parameter property', () => {
  it('`constructor(private readonly key = …)` read as `this.key`: its default, and what `new` passes', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['checkout-v2', 'checkout-express', 'checkout-legacy']),
      'src/flags/gate.ts': [
        "import { initialize } from 'unleash-client';",
        '',
        "const unleash = initialize({ appName: 'checkout', url: 'https://unleash.acme.dev/api' });",
        '',
        'export class FeatureGate {',
        "  constructor(private readonly key = 'checkout-v2') {}",
        '',
        '  isEnabled(name: string): boolean {',
        '    return unleash.isEnabled(name);',
        '  }',
        '',
        '  get open(): boolean {',
        '    return this.isEnabled(this.key);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/checkout/gates.ts': [
        "import { FeatureGate } from '../flags/gate';",
        '',
        "export const expressGate = new FeatureGate('checkout-express');",
        'export const defaultGate = new FeatureGate();',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual([
      'checkout-express wrapper FeatureGate @src/checkout/gates.ts:3:44',
      'checkout-v2 wrapper FeatureGate @src/checkout/gates.ts:4:28',
      'checkout-v2 literal isEnabled @src/flags/gate.ts:13:27',
    ]);
    expect(run.states).toEqual([
      'checkout-v2 active',
      'checkout-express active',
      'checkout-legacy orphaned',
    ]);
  });
});

describe('Angular services handed out by inject()', () => {
  it('a field `= inject(FlagService)` and a guard’s local bind the service’s own method as a wrapper', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['portal-beta', 'portal-reports', 'portal-legacy']),
      'src/app/core/flag.service.ts': [
        "import { Injectable } from '@angular/core';",
        "import { initialize } from 'unleash-client';",
        '',
        "@Injectable({ providedIn: 'root' })",
        'export class FlagService {',
        "  private readonly unleash = initialize({ appName: 'portal', url: 'https://unleash.acme.dev/api' });",
        '',
        '  allows(key: string): boolean {',
        '    return this.unleash.isEnabled(key);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/app/beta/beta-panel.component.ts': [
        "import { Component, inject } from '@angular/core';",
        "import { FlagService } from '../core/flag.service';",
        '',
        '@Component({',
        "  selector: 'app-beta-panel',",
        '  standalone: true,',
        '  template: `<section *ngIf="showBeta">Beta tools</section>`,',
        '})',
        'export class BetaPanelComponent {',
        '  private readonly portal = inject(FlagService);',
        '',
        '  get showBeta(): boolean {',
        "    return this.portal.allows('portal-beta');",
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/app/reports/reports.guard.ts': [
        "import { inject } from '@angular/core';",
        "import type { CanActivateFn } from '@angular/router';",
        "import { FlagService } from '../core/flag.service';",
        '',
        'export const reportsGuard: CanActivateFn = () => {',
        '  const gate = inject(FlagService);',
        "  return gate.allows('portal-reports');",
        '};',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'portal-beta wrapper allows @src/app/beta/beta-panel.component.ts:13:31',
      'portal-reports wrapper allows @src/app/reports/reports.guard.ts:7:22',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual([
      'portal-beta active',
      'portal-reports active',
      'portal-legacy orphaned',
    ]);
  });
});
