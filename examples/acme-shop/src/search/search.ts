import { SearchFlag, unleash } from '../flags/index.js';

export interface Product {
  sku: string;
  title: string;
}

export function search(products: Product[], query: string): Product[] {
  const q = query.trim().toLowerCase();
  const fuzzy = unleash.isEnabled(SearchFlag.TypoTolerance);
  return products.filter((p) => {
    const title = p.title.toLowerCase();
    return fuzzy ? withinOneEdit(title, q) : title.includes(q);
  });
}

function withinOneEdit(title: string, q: string): boolean {
  if (title.includes(q)) return true;
  for (let i = 0; i < q.length; i++) {
    if (title.includes(q.slice(0, i) + q.slice(i + 1))) return true;
  }
  return false;
}
