import { ruleMaker } from '../core/rules.js';
import type { RuleDefinition } from '../core/rules.js';

const rule = ruleMaker('flags');

/** Every rule of the flags module. States take their default severity from `flags.severity`. */
export const FLAG_RULES: readonly RuleDefinition[] = [
  rule('expired', 'error', 'A flag is past its expiry date (and still read by code, or not).'),
  rule(
    'expiring',
    'warning',
    'A flag expires within `flags.expiringWithinDays`: renew it or remove it.',
  ),
  rule('orphaned', 'warning', 'A flag is declared in the registry but no code reads it.'),
  rule('undeclared', 'warning', 'Code reads a flag the registry does not declare.'),
  rule(
    'unresolved',
    'warning',
    'A flag read whose key cannot be determined from the code (a dynamic name).',
  ),
  rule(
    'registry-iterated',
    'notice',
    'Code reads the whole registry at once (a loop over it, or its whole key type): no flag counts as read by it.',
  ),
  rule(
    'scan-incomplete',
    'notice',
    'A source file could not be fully scanned: its flag reads may be missing.',
  ),
  rule('registry-yaml', 'error', 'The flag registry is not valid YAML.'),
  rule(
    'registry-future-created',
    'error',
    'A flag whose `created` date lies in the future: its lifetime would start later than it did.',
  ),
  rule(
    'registry-bad-key',
    'error',
    'A flag key with a line break, control or HTML characters, invalid UTF-8, or over 256 characters.',
  ),
  rule(
    'registry-unreadable',
    'error',
    'The flag registry exists but cannot be read (too large, a symlink out of the tree): nothing is judged on a guess.',
  ),
  rule(
    'registry-invalid',
    'error',
    'The flag registry, or one entry of it, does not have the required shape.',
  ),
  rule(
    'registry-unknown-key',
    'warning',
    'An unknown key in the flag registry (a typo of a known one?).',
  ),
  rule('registry-duplicate-key', 'error', 'A flag key is declared twice in the registry.'),
  rule(
    'registry-metadata-ignored',
    'notice',
    "A code-declared flag's JSDoc metadata tags, ignored because a YAML entry of the same key gives its metadata.",
  ),
  rule('registry-bad-date', 'error', 'A date in the registry is not a real YYYY-MM-DD date.'),
  rule('registry-unknown-type', 'error', 'A flag type that `flags.types` does not allow.'),
  rule('registry-permanent-expires', 'warning', 'A flag of a permanent type has an expiry date.'),
  rule('registry-missing-expires', 'error', 'A flag that is not permanent has no expiry date.'),
  rule(
    'registry-expires-before-created',
    'error',
    'A flag expires on or before the day it was created.',
  ),
  rule(
    'registry-bad-renewal',
    'error',
    'A renewal (`renewedFrom`) that is not a step of the lifetime policy.',
  ),
  rule(
    'registry-lifetime',
    'error',
    'A flag lives longer than its type allows (`flags.lifetimeDays`).',
  ),
  rule('registry-missing-owner', 'error', 'A flag without an owner.'),
  rule(
    'registry-bad-owner',
    'error',
    'An owner that is not a GitHub @user, @org/team or an email.',
  ),
  rule(
    'sync-error',
    'error',
    'The flag-issue sweep could not do its job; nothing was changed on a guess.',
  ),
  rule('sync-warning', 'warning', 'A write of the flag-issue sweep failed or was deferred.'),
  rule(
    'pr-undeclared',
    'error',
    'A changed line reads a flag the registry does not declare.',
    true,
  ),
  rule('pr-expired-reference', 'warning', 'A changed line reads a flag that has expired.', true),
  rule('pr-incomplete-flag', 'error', 'A new flag lacks owner, created, expires or type.', true),
  rule('pr-lifetime', 'error', 'A new flag expires later than the lifetime policy allows.', true),
  rule(
    'pr-renewal-too-long',
    'error',
    'A renewal moves the expiry more than one step of the policy.',
    true,
  ),
  rule('pr-expires-past', 'error', 'A new or changed expiry date is today or earlier.', true),
  rule(
    'pr-removed-still-referenced',
    'error',
    'A flag removed from the registry is still read by code.',
    true,
  ),
  rule('pr-owner-removed', 'error', 'A flag that had an owner has none after the change.', true),
  rule(
    'pr-made-permanent',
    'error',
    'A flag of an expiring type becomes a permanent type: it needs the authority of a renewal.',
    true,
  ),
];
