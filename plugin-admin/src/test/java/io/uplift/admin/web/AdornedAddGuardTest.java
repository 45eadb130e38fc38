package io.uplift.admin.web;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** How a guarded add reads its ids and names its product (the refusals themselves are the admin ITs'). */
public class AdornedAddGuardTest {

    @Test
    public void idsAreReadFromTheEntityWhenTheyAreIds() {
        Entity e = new Entity();
        e.setProperties(new Property[] {property("group.id", " 7 "), property("product.id", "7x"),
                property("sequence", null)});
        assertEquals(Long.valueOf(7), AdornedAddGuard.number(e, "group.id"));
        assertNull(AdornedAddGuard.number(e, "product.id"));
        assertNull(AdornedAddGuard.number(e, "sequence"));
        assertNull(AdornedAddGuard.number(e, "missing"));
        assertNull(AdornedAddGuard.number(null, "group.id"));
    }

    @Test
    public void aProductIsNamedWithItsIdOrByItsIdAlone() {
        assertEquals("'Nova X 128 GB' (product 100)", AdornedAddGuard.product(100, "Nova X 128 GB"));
        assertEquals("Product 100", AdornedAddGuard.product(100, null));
    }

    private static Property property(String name, String value) {
        Property p = new Property();
        p.setName(name);
        p.setValue(value);
        return p;
    }
}
