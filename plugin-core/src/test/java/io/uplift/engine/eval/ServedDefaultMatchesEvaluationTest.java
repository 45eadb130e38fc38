package io.uplift.engine.eval;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import io.uplift.engine.learn.ModelHolder;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

/**
 * The storefront serves the default scorer exactly as {@code bin/uplift eval} measures it: on groceries (169
 * products, all within the EASE head) the served model's cart lists equal the evaluation's lists, item for item, for
 * carts drawn from the test split. Catches any drift between the serving model and the evaluated one.
 */
public class ServedDefaultMatchesEvaluationTest {

    @Test
    public void servedListsEqualTheEvaluatedOnes() throws Exception {
        Path file = null;
        for (Path p : new Path[] {Paths.get("../../shared/data/groceries.csv"), Paths.get("../shared/data/groceries.csv")}) {
            if (Files.isReadable(p)) {
                file = p;
            }
        }
        assumeTrue("groceries.csv not found beside the checkout", file != null);
        List<List<String>> lines = BasketFile.read(file);
        Split split = Split.of(lines.size(), 42);
        TrainingSet train = TrainingSet.of(lines, split.train());
        Recommender evaluated = new EaseBlendRecommender(EaseBlendSettings.defaults()).build(train);

        // the same training baskets through the storefront's learner; product id = item id + 1 keeps the tie order
        ModelHolder<CoPurchaseModel> holder = new ModelHolder<CoPurchaseModel>(CoPurchaseModelLearner.empty("default", 50));
        CoPurchaseModelLearner learner = new CoPurchaseModelLearner(holder, "default", 50);
        for (int b = 0; b < train.size(); b++) {
            int[] items = train.basket(b);
            long[] ids = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                ids[i] = items[i] + 1L;
            }
            learner.add(new Basket(b + 1, Basket.ANONYMOUS, 0, ids));
        }
        learner.publish(1);
        CoPurchaseModel served = holder.get();
        assertEquals("ease+noisy-or", served.scorerName());

        Random random = new Random(7);
        int compared = 0;
        int full = 0;
        for (int t : split.test()) {
            int[] known = train.items().known(lines.get(t));
            if (known.length < 2 || random.nextInt(4) != 0) {
                continue;
            }
            int[] cart = Arrays.copyOf(known, 1 + random.nextInt(Math.min(4, known.length)));
            long[] cartIds = new long[cart.length];
            for (int i = 0; i < cart.length; i++) {
                cartIds[i] = cart[i] + 1L;
            }
            List<Long> servedIds = new ArrayList<Long>();
            for (Neighbor n : served.forCart(cartIds, 10)) {
                servedIds.add(n.getProductId());
            }
            int[] expected = evaluated.recommend(cart, 10);
            List<Long> expectedIds = new ArrayList<Long>();
            // the evaluation fills short lists with best sellers; the storefront's chains fill them instead
            for (int i = 0; i < Math.min(expected.length, servedIds.size()); i++) {
                expectedIds.add(expected[i] + 1L);
            }
            assertEquals("cart " + Arrays.toString(cartIds), expectedIds, servedIds);
            if (cartIds.length == 1) {
                List<Long> productPage = new ArrayList<Long>();
                for (Neighbor n : served.forProduct(cartIds[0], 10)) {
                    productPage.add(n.getProductId());
                }
                assertEquals("product page of " + cartIds[0] + " = a cart of that product", servedIds, productPage);
            }
            compared++;
            if (servedIds.size() == 10) {
                full++;
            }
        }
        assertTrue("compared enough carts: " + compared, compared > 200);
        assertTrue("lists are full, not trivially equal: " + full + " of " + compared, full > compared * 9 / 10);
    }
}
