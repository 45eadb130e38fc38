package io.uplift.broadleaf.similar;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.similar.TextNeighbors;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.search.service.SearchService;

import org.broadleafcommerce.common.web.BroadleafRequestContext;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

/**
 * Text neighbours from the shop's search engine (Broadleaf's {@link SearchService}, embedded or remote Solr): the
 * products found for the product's name. Used only while similar products are precomputed.
 */
public class SolrTextNeighbors implements TextNeighbors {

    /** A request without parameters, headers or session, for searches off a request thread. */
    static final HttpServletRequest EMPTY_REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            SolrTextNeighbors.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, new InvocationHandler() {
                @Override
                public Object invoke(Object proxy, Method method, Object[] args) {
                    if ("getParameterMap".equals(method.getName())) {
                        return Collections.emptyMap();
                    }
                    if ("getParameterNames".equals(method.getName()) || "getHeaderNames".equals(method.getName())
                            || "getAttributeNames".equals(method.getName())) {
                        return Collections.emptyEnumeration();
                    }
                    if ("toString".equals(method.getName())) {
                        return "empty request (Uplift background search)";
                    }
                    Class<?> t = method.getReturnType();
                    return t == boolean.class ? Boolean.FALSE : t == int.class ? Integer.valueOf(0)
                            : t == long.class ? Long.valueOf(0) : null;
                }
            });

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
        BroadleafRequestContext prior = BroadleafRequestContext.getBroadleafRequestContext();
        if (prior == null || prior.getRequest() == null) {
            // off a request thread: 3.1's search reads the request's parameters for facets; give it an empty request
            BroadleafRequestContext context = new BroadleafRequestContext();
            context.setRequest(EMPTY_REQUEST);
            BroadleafRequestContext.setBroadleafRequestContext(context);
        }
        try {
            result = searchService.findProductsByQuery(product.getName(), criteria);
        } catch (Exception e) {
            throw new IllegalStateException("search for '" + product.getName() + "' failed: " + e.getMessage(), e);
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(prior);
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
