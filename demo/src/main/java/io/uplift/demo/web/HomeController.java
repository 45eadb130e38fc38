package io.uplift.demo.web;

import io.uplift.demo.data.DemoCatalog;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/** The demo store's home page: every top category with a few of its products. */
@Controller
public class HomeController {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        Category root = catalogService.findCategoryById(DemoCatalog.ROOT_CATEGORY_ID);
        Map<Category, List<Product>> shelves = new LinkedHashMap<Category, List<Product>>();
        if (root != null) {
            for (Category c : root.getChildCategories()) {
                List<Product> products = catalogService.findActiveProductsByCategory(c, 4, 0);
                shelves.put(c, new ArrayList<Product>(products));
            }
        }
        model.addAttribute("shelves", shelves);
        return "catalog/home";
    }
}
