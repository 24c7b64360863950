// A synchronous facade used by the cart; configured in .github/ops-steward.yml as an accessor
// (`flags.enabled`) because its name is our own.
import { unleash } from '@acme/flags';

export const flags = {
  enabled(key: string): boolean {
    return unleash.isEnabled(key);
  },
};
