package io.uplift.engine.source.manual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link RelationLookup} over literal cross-sale lists; remembers which products were asked for. */
public final class MapRelations implements RelationLookup {

    private final Map<Long, List<Long>> crossSales = new HashMap<Long, List<Long>>();
    private final List<Long> asked = new ArrayList<Long>();

    public MapRelations with(long productId, Long... related) {
        crossSales.put(productId, Arrays.asList(related));
        return this;
    }

    @Override
    public List<Long> crossSales(long productId) {
        asked.add(productId);
        List<Long> ids = crossSales.get(productId);
        return ids == null ? Collections.<Long>emptyList() : ids;
    }

    @Override
    public int productsWithRelations() {
        return crossSales.size();
    }

    public List<Long> asked() {
        return asked;
    }
}
