/**
 * The co-purchase store: statistics learned from orders and the compact "also bought" model served from them.
 * Platform-free (it reads orders through {@link io.uplift.engine.basket.OrderHistory} and
 * {@link io.uplift.engine.basket.Basket}, scores with any {@link io.uplift.engine.copurchase.PairScorer}).
 *
 * <h2>Pieces</h2>
 * <ul>
 * <li>{@link io.uplift.engine.copurchase.store.PairStatistics}: baskets, baskets per product, and per pair of
 * products bought together the baskets with both and the weighted sum of 1 / basket size; grows one basket at a
 * time without a pause larger than one small segment.</li>
 * <li>{@link io.uplift.engine.copurchase.store.CoPurchaseRebuild}: statistics and rows from the whole history, in
 * parallel, with progress.</li>
 * <li>{@link io.uplift.engine.copurchase.store.CompactCoPurchaseModel}: one immutable generation of top-L rows in
 * primitive arrays, the {@link io.uplift.engine.copurchase.CoPurchaseModel} of the page path.</li>
 * <li>{@link io.uplift.engine.copurchase.store.CoPurchaseLearner}: applies orders, recomputes the rows they
 * change, publishes generations by an atomic swap; states the staleness guarantee.</li>
 * <li>{@link io.uplift.engine.copurchase.store.CoPurchaseSnapshot}: the versioned, checksummed binary snapshot of
 * the statistics, to restart and continue incrementally.</li>
 * </ul>
 *
 * <h2>Wiring (learning path, off the request thread)</h2>
 * <pre>
 * // start: newest snapshot if there is one, else a full rebuild
 * CoPurchaseLearner learner = snapshotBytes != null
 *         ? CoPurchaseSnapshot.read(new ByteArrayInputStream(snapshotBytes)).learner(scorer, settings, progress)
 *         : CoPurchaseRebuild.rebuild(history, scorer, settings, newestGeneration + 1, progress);
 * learner.catchUp(history);                    // orders above the snapshot's watermark
 * // the learner thread, per submitted order (or per batch):
 * learner.apply(basket);
 * learner.publish();                           // new generation, swapped atomically
 * // now and then: persist
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * learner.writeSnapshot(out);                  // generation + watermark are in the bytes (and in the snapshot)
 * // page path: learner.current().forProduct(id, 8) / forCart(ids, 8): memory only, lock-free
 * </pre>
 * One learner per shop (generation numbers count its publishes); the other nodes load its newest snapshot with
 * {@code CoPurchaseSnapshot.read(in).model(scorer, settings, progress)}, which keeps the model only. The watermark is
 * the highest order id applied; the storefront's learning service does not rely on it (Broadleaf assigns order ids
 * at cart creation): it reads orders by submit time and de-duplicates by order id itself.
 */
package io.uplift.engine.copurchase.store;
