// Word lists and name casing for the synthetic monorepo.

export const PACKAGES = [
  'web',
  'checkout',
  'billing',
  'search',
  'accounts',
  'admin',
  'notifications',
  'analytics',
  'catalog',
  'shipping',
  'support',
];

export const AREAS = [
  'checkout', 'billing', 'search', 'accounts', 'admin', 'notifications', 'analytics', 'catalog',
  'shipping', 'support', 'pricing', 'onboarding', 'reporting', 'inventory', 'payments', 'promotions',
  'reviews', 'loyalty', 'mobile', 'profile',
];

export const DESCRIPTORS = [
  'new', 'beta', 'fast', 'smart', 'unified', 'async', 'legacy', 'improved', 'instant', 'bulk',
  'guided', 'compact', 'dynamic', 'inline', 'modern', 'native', 'parallel', 'lazy', 'shared', 'split',
  'streaming', 'cached', 'simplified', 'adaptive', 'redesigned',
];

export const FLAG_NOUNS = [
  'flow', 'layout', 'banner', 'filter', 'cache', 'export', 'import', 'wizard', 'widget', 'panel',
  'api', 'sync', 'editor', 'sidebar', 'header', 'footer', 'modal', 'search', 'ranking', 'emails',
  'receipts', 'refunds', 'coupons', 'tooltips', 'dashboard', 'charts', 'upload', 'login', 'signup',
  'avatar',
];

export const EXPERIMENTS = [
  'hero', 'cta', 'pricing', 'trial', 'upsell', 'bundle', 'carousel', 'teaser', 'survey', 'paywall',
  'badge', 'ribbon', 'countdown', 'spotlight', 'testimonial', 'compare', 'quiz', 'tour', 'nudge', 'digest',
  'reminder', 'streak', 'referral', 'cashback', 'voucher', 'gift', 'wishlist', 'recap', 'preview', 'sample',
  'swatch', 'zoom', 'gallery', 'bundle-plus', 'express', 'priority', 'eco', 'night', 'holiday', 'loyal',
];

export const REGIONS = ['eu', 'us', 'uk', 'apac', 'latam', 'mena', 'nordics', 'dach', 'benelux', 'iberia', 'canada', 'oceania'];

export const NOUNS = [
  'order', 'cart', 'invoice', 'user', 'account', 'product', 'shipment', 'payment', 'coupon', 'review',
  'session', 'notification', 'report', 'ticket', 'subscription', 'address', 'price', 'inventory',
  'warehouse', 'refund', 'customer', 'vendor', 'category', 'discount', 'ledger', 'receipt', 'message',
  'channel', 'profile', 'team', 'role', 'permission', 'audit', 'metric', 'event', 'schedule', 'quote',
  'basket', 'voucher', 'parcel', 'carrier', 'label', 'tax', 'currency', 'region', 'store', 'banner',
  'widget', 'filter', 'query', 'result', 'facet', 'ranking', 'token', 'credential', 'device', 'locale',
];

export const ADJECTIVES = [
  'pending', 'active', 'archived', 'draft', 'primary', 'secondary', 'recent', 'featured', 'default',
  'bulk', 'partial', 'scheduled', 'shared', 'private', 'public', 'cached', 'remote', 'local', 'legacy',
  'compact', 'detailed', 'summary', 'nested', 'sorted', 'grouped', 'paged', 'virtual', 'inline',
];

export const VERBS = [
  'load', 'fetch', 'build', 'compute', 'format', 'validate', 'normalize', 'resolve', 'merge', 'render',
  'apply', 'update', 'sync', 'parse', 'collect', 'group', 'sort', 'rank', 'score', 'filter', 'map',
  'summarize', 'estimate', 'reconcile', 'prepare', 'hydrate', 'serialize', 'index', 'dedupe', 'split',
];

export const OWNERS = [
  '@alice', '@bob', '@carol', '@dave', '@erin', '@frank', '@grace', '@heidi', '@ivan', '@judy',
  '@acme/checkout-team', '@acme/billing-team', '@acme/search-team', '@acme/growth', '@acme/platform',
  '@acme/mobile', '@acme/support-tools', '@acme/data',
];

export const FLAG_TYPES = [
  ['release', 50],
  ['experiment', 25],
  ['operational', 12],
  ['kill-switch', 8],
  ['permission', 5],
];

const words = (key) => key.split(/[-_]/).filter(Boolean);

export const camel = (key) =>
  words(key)
    .map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1)))
    .join('');
export const pascal = (key) =>
  words(key)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
export const upperSnake = (key) => words(key).join('_').toUpperCase();
export const kebab = (text) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
