import { initialize } from 'unleash-client';

export const unleash = initialize({
  url: process.env.UNLEASH_URL ?? 'http://localhost:4242/api',
  appName: 'acme-shop',
});
