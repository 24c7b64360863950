import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

describe('default SDK accessors', () => {
  it('recognise each SDK family out of the box', async () => {
    const r = await scan({
      'src/sdks.tsx': [
        "ldClient.boolVariation('ld-bool', ctx, false);",
        "unleash.getVariant('unleash-variant');",
        "client.getBooleanValue('of-bool', false);",
        "useStringFlagValue('of-hook', 'x');",
        "gb.isOn('gb-on');",
        "growthbook.getFeatureValue('gb-value', 1);",
        "useFeatureIsOn('gb-hook');",
        "posthog.getFeatureFlag('ph-flag');",
        "useFeatureFlagEnabled('ph-hook');",
        "configCatClient.getValue('cc-value', false);",
        "await configCatClient.getValueAsync('cc-async', false);",
        "flagsmith.hasFeature('fs-has');",
        "flagsmith.getValue('fs-value');",
        "statsig.checkGate('st-gate');",
        "useGate('st-hook');",
        "isFeatureEnabled('generic');",
      ].join('\n'),
    });
    expect(r.references.map((x) => `${x.key} ${x.accessor}`)).toEqual([
      'ld-bool boolVariation',
      'unleash-variant getVariant',
      'of-bool getBooleanValue',
      'of-hook useStringFlagValue',
      'gb-on isOn',
      'gb-value getFeatureValue',
      'gb-hook useFeatureIsOn',
      'ph-flag getFeatureFlag',
      'ph-hook useFeatureFlagEnabled',
      'cc-value getValue',
      'cc-async getValueAsync',
      'fs-has hasFeature',
      'fs-value getValue',
      'st-gate checkGate',
      'st-hook useGate',
      'generic isFeatureEnabled',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('ambiguous names only count on a flag-client receiver: map.get/getValue/isOn/getConfig elsewhere are not flag reads', async () => {
    const r = await scan({
      'src/a.ts': [
        "map.get('x');",
        "cache.getValue('user-id');",
        "getValue('bare');",
        "switchState.isOn('power');",
        "getConfig('db');",
        "appConfig.getConfig('db');",
        "statsigClient.getConfig('st-config');",
        "featureClient.isOn('fc-on');",
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'st-config literal getConfig @src/a.ts:7:25',
      'fc-on literal isOn @src/a.ts:8:20',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it("Statsig's server form checkGate(user, 'gate') reads the key from the second argument", async () => {
    const r = await scan({ 'src/a.ts': "statsig.checkGate(user, 'server-gate');\n" });
    expect(brief(r.references)).toEqual(['server-gate literal checkGate @src/a.ts:1:25']);
  });

  it("Flagsmith's useFlags(['a', 'b']) counts every element", async () => {
    const r = await scan({ 'src/a.tsx': "const f = useFlags(['fs-one', 'fs-two']);\n" });
    expect(r.references.map((x) => x.key)).toEqual(['fs-one', 'fs-two']);
  });

  it('calls without arguments and non-string arguments are not reported', async () => {
    const r = await scan({ 'src/a.ts': 'button.isEnabled();\nuseFlags();\n' });
    expect(r).toEqual({ references: [], unresolved: [] });
  });
});

describe('configured accessors', () => {
  it('object.method paths, argument index and defaultAccessors: false', async () => {
    const r = await scan(
      {
        'src/a.ts': [
          "flags.client.read(ctx, 'by-path');",
          "other.read(ctx, 'wrong-receiver');",
          "anything.check('any-receiver');",
          "check('no-receiver');",
          "isEnabled('default-off');",
        ].join('\n'),
      },
      {
        config: {
          defaultAccessors: false,
          accessors: [{ call: 'client.read', argument: 1 }, { call: '*.check' }],
        },
      },
    );
    expect(brief(r.references)).toEqual([
      'by-path literal client.read @src/a.ts:1:24',
      'any-receiver literal check @src/a.ts:3:16',
    ]);
  });

  it('a call accessor with a transform maps the written name back to the declared key', async () => {
    const r = await scan(
      { 'src/a.ts': "flagsApi.enabled('newCheckout');\n" },
      {
        declaredKeys: ['new-checkout'],
        config: { accessors: [{ call: 'flagsApi.enabled', transform: 'camelCase' }] },
      },
    );
    expect(r.references.map((x) => x.key)).toEqual(['new-checkout']);
  });
});
