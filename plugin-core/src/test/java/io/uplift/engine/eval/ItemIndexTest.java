package io.uplift.engine.eval;

import org.junit.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

public class ItemIndexTest {

    private static List<List<String>> baskets(String... lines) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String line : lines) {
            out.add(line.isEmpty() ? java.util.Collections.<String>emptyList() : Arrays.asList(line.split(" ")));
        }
        return out;
    }

    @Test
    public void idsFollowBasketCountDescendingThenTokenAscending() {
        // counts: b 3, a 2, c 2, B 2, z 1; ties by String.compareTo, where upper case sorts first
        ItemIndex items = ItemIndex.of(baskets("b a", "b c B", "b a c B", "z"));
        assertEquals(5, items.size());
        assertEquals(Arrays.asList("b", "B", "a", "c", "z"), Arrays.asList(items.token(0), items.token(1),
                items.token(2), items.token(3), items.token(4)));
        assertEquals(3, items.count(0));
        assertEquals(1, items.count(4));
    }

    @Test
    public void unknownTokensHaveNoIdAndAreLeftOutOfBaskets() {
        ItemIndex items = ItemIndex.of(baskets("a b", "a"));
        assertEquals(-1, items.id("x"));
        assertArrayEquals(new int[] {1, 0}, items.known(Arrays.asList("b", "x", "a")));
    }

    @Test
    public void theTrainingSetLeavesOutEmptyLinesAndUsesTrainLinesOnly() {
        List<List<String>> lines = baskets("a b", "", "c", "a");
        TrainingSet train = TrainingSet.of(lines, new int[] {0, 1, 3});
        assertEquals(2, train.size());
        assertEquals(2, train.items().size());
        assertEquals(-1, train.items().id("c"));
        assertArrayEquals(new int[] {0, 1}, train.basket(0));
    }
}
