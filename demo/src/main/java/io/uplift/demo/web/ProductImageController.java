package io.uplift.demo.web;

import io.uplift.demo.data.DemoCatalog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Product images of the demo catalog, drawn as SVG on the server from the product's name and category colour
 * (nothing is fetched from the internet, nothing binary is committed). {@code /product-images/{slug}.svg}.
 */
@Controller
public class ProductImageController {

    private final DemoCatalog catalog = new DemoCatalog();

    @RequestMapping(value = "/product-images/{slug:[a-z0-9-]+}.svg", method = RequestMethod.GET)
    @ResponseBody
    public ResponseEntity<String> image(@PathVariable("slug") String slug) {
        DemoCatalog.Product p = catalog.productBySlug(slug);
        if (p == null) {
            return new ResponseEntity<String>("no demo product '" + slug + "'", HttpStatus.NOT_FOUND);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"));
        headers.setCacheControl("public, max-age=86400");
        return new ResponseEntity<String>(svg(p), headers, HttpStatus.OK);
    }

    static String svg(DemoCatalog.Product p) {
        String color = p.category.color;
        String initials = initials(p.name);
        String[] words = p.name.split(" ");
        StringBuilder line1 = new StringBuilder();
        StringBuilder line2 = new StringBuilder();
        for (String w : words) {
            StringBuilder target = line1.length() + w.length() < 18 && line2.length() == 0 ? line1 : line2;
            if (target.length() > 0) {
                target.append(' ');
            }
            target.append(w);
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"320\" viewBox=\"0 0 320 320\">"
                + "<rect width=\"320\" height=\"320\" rx=\"28\" fill=\"" + color + "\" fill-opacity=\"0.10\"/>"
                + "<rect x=\"95\" y=\"50\" width=\"130\" height=\"150\" rx=\"22\" fill=\"" + color + "\"/>"
                + "<text x=\"160\" y=\"140\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"48\" font-weight=\"700\""
                + " fill=\"#ffffff\" text-anchor=\"middle\">" + escape(initials) + "</text>"
                + "<text x=\"160\" y=\"245\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"20\" fill=\"#1d2433\""
                + " text-anchor=\"middle\">" + escape(line1.toString()) + "</text>"
                + "<text x=\"160\" y=\"272\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"20\" fill=\"#1d2433\""
                + " text-anchor=\"middle\">" + escape(line2.toString()) + "</text></svg>";
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty() && b.length() < 3 && Character.isLetterOrDigit(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
