import { useWebFlag, WebFlag } from '../flags.js';

export function ProductCard({ sku, title }: { sku: string; title: string }) {
  const quickView = useWebFlag(WebFlag.ProductQuickView);
  return (
    <article className="product-card">
      <h3>{title}</h3>
      {quickView ? <button data-sku={sku}>Quick view</button> : null}
    </article>
  );
}
