package io.uplift.demo.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.search.service.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Collections;
import java.util.HashMap;
import javax.annotation.Resource;

/** Product search through Broadleaf's search service (the embedded Solr index): {@code /search?q=...}. */
@Controller
public class DemoSearchController {

    private static final Log LOG = LogFactory.getLog(DemoSearchController.class);
    static final int MAX_QUERY_LENGTH = 100;

    @Resource(name = "blSearchService")
    protected SearchService searchService;

    @RequestMapping(value = "/search", method = RequestMethod.GET)
    public String search(@RequestParam(value = "q", required = false) String q, Model model) {
        String query = q == null ? "" : q.trim();
        model.addAttribute("query", query);
        model.addAttribute("products", Collections.emptyList());
        if (query.isEmpty()) {
            model.addAttribute("searchMessage", "Type what you are looking for.");
            return "catalog/search";
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            model.addAttribute("searchMessage", "Searches are limited to " + MAX_QUERY_LENGTH + " characters.");
            return "catalog/search";
        }
        ProductSearchCriteria criteria = new ProductSearchCriteria();
        criteria.setFilterCriteria(new HashMap<String, String[]>());
        criteria.setPage(1);
        criteria.setPageSize(24);
        try {
            ProductSearchResult result = searchService.findProductsByQuery(query, criteria);
            model.addAttribute("products", result.getProducts());
            if (result.getProducts().isEmpty()) {
                model.addAttribute("searchMessage", "Nothing found for that search.");
            }
        } catch (Exception e) {
            LOG.warn("search for '" + query + "' failed: " + e);
            model.addAttribute("searchMessage", "Search is not available right now.");
        }
        return "catalog/search";
    }
}
