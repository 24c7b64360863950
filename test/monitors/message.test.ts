import { describe, expect, it } from 'vitest';
import { analyzeMessage, pagingMentions } from '../../src/monitors/message.js';

const PAGERS = ['@pagerduty-', '@opsgenie-', '@victorops-', '@oncall-'];

function reach(message: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of analyzeMessage(message).mentions) out[m.handle] = [...m.events].sort();
  return out;
}

describe('analyzeMessage', () => {
  it('reaches a handle outside any block on every notification', () => {
    expect(reach('CPU is high. @pagerduty-Checkout')['@pagerduty-Checkout']).toEqual([
      'alert',
      'alert_recovery',
      'no_data',
      'no_data_recovery',
      'warning',
      'warning_recovery',
    ]);
  });

  it("follows the users' pattern: warning to chat, alert to the pager", () => {
    const r = reach(
      '{{#is_warning}}@slack-ops{{/is_warning}}\n{{#is_alert}}Disk full. @pagerduty-Infra{{/is_alert}}',
    );
    expect(r['@slack-ops']).toEqual(['warning']);
    expect(r['@pagerduty-Infra']).toEqual(['alert']);
  });

  it('does not count a pager handle only in {{#is_recovery}} as paging', () => {
    const analysis = analyzeMessage(
      'Queue is long. @slack-ops\n{{#is_recovery}}Resolved. @pagerduty-Ops{{/is_recovery}}',
    );
    expect(pagingMentions(analysis, PAGERS)).toEqual([]);
    expect(analysis.hasRecoveryBlock).toBe(true);
  });

  it('treats {{^is_recovery}} as every notification except the recoveries', () => {
    const analysis = analyzeMessage('{{^is_recovery}}@opsgenie-search{{/is_recovery}}');
    expect([...analysis.mentions[0]!.events].sort()).toEqual(['alert', 'no_data', 'warning']);
    expect(pagingMentions(analysis, PAGERS)).toHaveLength(1);
    expect(analysis.hasRecoveryBlock).toBe(false);
  });

  it('intersects nested blocks', () => {
    const r = reach(
      '{{^is_warning}}{{#is_match "env" "prod"}}{{^is_recovery}}@pagerduty-Prod{{/is_recovery}}{{/is_match}} @slack-x{{/is_warning}}',
    );
    expect(r['@pagerduty-Prod']).toEqual(['alert', 'no_data']);
    expect(r['@slack-x']).toEqual([
      'alert',
      'alert_recovery',
      'no_data',
      'no_data_recovery',
      'warning_recovery',
    ]);
  });

  it('pages on no data when the pager is inside {{#is_no_data}}', () => {
    const analysis = analyzeMessage('{{#is_no_data}}No heartbeat. @victorops-Core{{/is_no_data}}');
    expect(pagingMentions(analysis, PAGERS).map((m) => m.handle)).toEqual(['@victorops-Core']);
  });

  it('reads email handles whole and ignores the @ inside an email address', () => {
    const r = reach('Contact ops@acme.example or @jane.doe@acme.example, @team-checkout.');
    expect(Object.keys(r)).toEqual(['@jane.doe@acme.example', '@team-checkout']);
  });

  it('does not take a handle completed by a Terraform interpolation for a handle', () => {
    expect(
      Object.keys(reach('Down. @pagerduty-${var.pager} @slack-${var.channel} @slack-ops')),
    ).toEqual(['@slack-ops']);
  });

  it('matches paging prefixes case-insensitively', () => {
    const analysis = analyzeMessage('@PagerDuty-Checkout');
    expect(pagingMentions(analysis, PAGERS)).toHaveLength(1);
  });

  it('reports blocks that are never closed or closed in the wrong order', () => {
    expect(analyzeMessage('{{#is_alert}}@pagerduty-x').problems.map((p) => p.message)).toEqual([
      '{{#is_alert}} is never closed',
    ]);
    expect(
      analyzeMessage('{{#is_alert}}{{#is_warning}}x{{/is_alert}}{{/is_warning}}').problems.map(
        (p) => p.message,
      ),
    ).toEqual([
      '{{/is_alert}} closes {{#is_warning}}, which was opened first',
      '{{/is_warning}} closes {{#is_alert}}, which was opened first',
    ]);
    expect(analyzeMessage('x{{/is_alert}}').problems[0]!.message).toBe(
      '{{/is_alert}} closes no open block',
    );
  });
});
