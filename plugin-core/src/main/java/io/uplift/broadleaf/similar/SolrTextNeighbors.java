package io.uplift.broadleaf.similar;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.similar.TextNeighbors;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.search.service.SearchService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Text neighbours from the shop's search engine (Broadleaf's {@link SearchService}, embedded or remote Solr): the
 * products found for the product's name. Used only while similar products are precomputed.
 */
public class SolrTextNeighbors implements TextNeighbors {

    private final SearchService searchService;

    public SolrTextNeighbors(SearchService searchService) {
        this.searchService = searchService;
    }

    @Override
    public List<Long> similarTo(ProductFacts product, int max) {
        ProductSearchCriteria criteria = new ProductSearchCriteria();
        criteria.setFilterCriteria(new HashMap<String, String[]>()); // 3.1 NPEs without it
        criteria.setPage(1);
        criteria.setPageSize(max + 1);
        ProductSearchResult result;
        try {
            result = searchService.findProductsByQuery(product.getName(), criteria);
        } catch (Exception e) {
            throw new IllegalStateException("search for '" + product.getName() + "' failed: " + e.getMessage(), e);
        }
        List<Long> ids = new ArrayList<Long>();
        if (result != null && result.getProducts() != null) {
            for (Product p : result.getProducts()) {
                if (p.getId() != null && p.getId() != product.getId() && ids.size() < max) {
                    ids.add(p.getId());
                }
            }
        }
        return ids;
    }
}
