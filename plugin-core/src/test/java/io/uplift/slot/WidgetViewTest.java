package io.uplift.slot;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class WidgetViewTest {

    private static final ProductCard CARD = new ProductCard(1, "Hat", "/hat", null, "$1.00", null, "s", "r");

    @Test
    public void fragmentIsTheTemplateNameAndTheWidgetFragment() {
        WidgetView v = view("uplift/widgets/related-products");
        assertEquals("uplift/widgets/related-products :: widget", v.getFragment());
        assertEquals("related-products", v.getCssModifier());
    }

    /** The template name is put into a "template :: widget" selector; it must not be able to add its own. */
    @Test
    public void templateNameCannotInjectAFragmentExpression() {
        for (String bad : new String[] {"a :: b", "x::widget", "../x", "uplift/widgets/x.html", "${x}", "~{x}",
                "Uplift/Widgets", "a b", "", null}) {
            IllegalArgumentException e = assertThrows(String.valueOf(bad), IllegalArgumentException.class,
                    () -> view(bad));
            assertEquals("widget template name must be lower-case letters, digits, '/', '_' or '-': '" + bad + "'",
                    e.getMessage());
        }
    }

    @Test
    public void templateNamesOfLowerCaseLettersDigitsSlashesUnderscoresAndDashesAreAccepted() {
        assertEquals("a_b-9/x :: widget", view("a_b-9/x").getFragment());
        for (String bad : new String[] {"\u00e9t\u00e9", "a.b", "a\nb", "A"}) {
            assertThrows(bad, IllegalArgumentException.class, () -> view(bad));
        }
    }

    @Test
    public void itemsAreAnUnmodifiableCopy() {
        List<ProductCard> items = new ArrayList<ProductCard>(Collections.singletonList(CARD));
        WidgetView v = new WidgetView(3, "RELATED_PRODUCTS", "uplift/x", "Title", items);
        items.clear();
        assertEquals(1, v.getItems().size());
        assertThrows(UnsupportedOperationException.class, () -> v.getItems().add(CARD));
    }

    private static WidgetView view(String template) {
        return new WidgetView(3, "RELATED_PRODUCTS", template, "Title", Collections.singletonList(CARD));
    }
}
