package io.uplift.demo.data;

import io.uplift.demo.data.DemoCatalog.Product;
import org.junit.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The demo catalog and order history meet what every later feature needs, identically on every machine. */
public class DemoDataTest {

    private final DemoCatalog catalog = new DemoCatalog();

    @Test
    public void catalogHasAtLeastSixtyActiveProductsInAtLeastSixCategories() {
        Set<Long> categories = new HashSet<>();
        long active = 0;
        for (Product p : catalog.products()) {
            if (p.active) {
                active++;
                categories.add(p.category.id);
            }
        }
        assertTrue("active products: " + active, active >= 60);
        assertTrue("categories with products: " + categories.size(), categories.size() >= 6);
    }

    @Test
    public void devicesComeInThreeTiersWithComparableAttributes() {
        for (List<Product> family : catalog.phoneFamilies) {
            assertEquals(3, family.size());
            assertEquals(family.get(0).attributes.keySet(), family.get(1).attributes.keySet());
            assertTrue("the best version has every attribute of the others", family.get(2).attributes.keySet()
                    .containsAll(family.get(0).attributes.keySet()));
            assertEquals("and a premium feature of its own", "yes", family.get(2).attributes.get("satellite SOS"));
            assertTrue(family.get(0).price().compareTo(family.get(2).price()) < 0);
        }
        assertEquals("8 GB", catalog.laptopFamilies.get(0).get(0).attributes.get("ram"));
        assertEquals("32 GB", catalog.laptopFamilies.get(0).get(2).attributes.get("ram"));
        assertEquals("OLED", catalog.laptopFamilies.get(0).get(2).attributes.get("display"));
    }

    @Test
    public void inventoryHasOutOfStockAndLowStockProducts() {
        long zero = catalog.products().stream().filter(p -> p.active && p.quantity != null && p.quantity == 0).count();
        long low = catalog.products().stream().filter(p -> p.quantity != null && p.quantity > 0 && p.quantity <= 3).count();
        assertTrue("out of stock: " + zero, zero >= 3);
        assertTrue("low stock: " + low, low >= 3);
    }

    @Test
    public void crossSalesIncludeUnbuyableProductsOnPurposeAndSlugsAreUnique() {
        List<Long> novaCross = catalog.crossSales().get(catalog.phoneFamilies.get(0).get(0).id);
        assertTrue(novaCross.contains(catalog.discontinuedCase.id));
        assertTrue(novaCross.contains(catalog.wirelessCharger.id));
        Set<String> slugs = new HashSet<>();
        for (Product p : catalog.products()) {
            assertTrue("duplicate slug " + p.slug, slugs.add(p.slug));
        }
    }

    @Test
    public void orderHistoryIsDeterministicAndCoversEveryCustomer() {
        List<OrderHistoryGenerator.Order> a = new OrderHistoryGenerator(catalog, 7).generate(5400, 1200, 90);
        List<OrderHistoryGenerator.Order> b = new OrderHistoryGenerator(new DemoCatalog(), 7).generate(5400, 1200, 90);
        assertEquals(a.size(), b.size());
        Set<Integer> customers = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).customerIndex, b.get(i).customerIndex);
            assertEquals(a.get(i).daysAgo, b.get(i).daysAgo, 0.0);
            assertEquals(names(a.get(i)), names(b.get(i)));
            assertTrue(a.get(i).daysAgo >= 0 && a.get(i).daysAgo <= 90);
            assertTrue(!a.get(i).lines.isEmpty());
            customers.add(a.get(i).customerIndex);
        }
        assertEquals(1200, customers.size());
    }

    private static String names(OrderHistoryGenerator.Order o) {
        StringBuilder b = new StringBuilder();
        o.lines.forEach((p, q) -> b.append(p.name).append('x').append(q).append(';'));
        return b.toString();
    }

    @Test
    public void phoneCasesAreBoughtWithTheirPhonesFarAboveChance() {
        List<OrderHistoryGenerator.Order> orders = new OrderHistoryGenerator(catalog, DemoDataSeeder.SEED).generate(5400, 1200, 90);
        Product phone = catalog.phoneFamilies.get(0).get(0);
        Product phoneCase = catalog.phoneFamilyAccessories.get(0).get(0);
        int withPhone = 0;
        int both = 0;
        int withCase = 0;
        for (OrderHistoryGenerator.Order o : orders) {
            boolean p = o.lines.containsKey(phone);
            boolean c = o.lines.containsKey(phoneCase);
            withPhone += p ? 1 : 0;
            withCase += c ? 1 : 0;
            both += p && c ? 1 : 0;
        }
        double confidence = (double) both / withPhone;
        double baseline = (double) withCase / orders.size();
        assertTrue("orders with the phone: " + withPhone, withPhone >= 100);
        assertTrue("lift of case given phone: " + confidence / baseline, confidence / baseline > 3);
    }
}
