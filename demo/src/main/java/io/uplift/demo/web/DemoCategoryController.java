package io.uplift.demo.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.Controller;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Category listing for Broadleaf category URLs (found by Broadleaf's {@code CategoryHandlerMapping}): the active
 * products of the category from the catalog service.
 */
public class DemoCategoryController implements Controller {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) {
        Category category = (Category) request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
        ModelAndView mv = new ModelAndView("catalog/category");
        mv.addObject("category", category);
        mv.addObject("products", catalogService.findActiveProductsByCategory(category));
        return mv;
    }
}
