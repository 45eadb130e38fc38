package io.uplift.admin.validation;

import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.dto.Property;
import org.junit.Test;

import java.util.Collections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The admin's save rules for a bundle's discount and dates (the same rules the storefront applies when it reads one). */
public class BundleValidatorsTest {

    @Test
    public void aDiscountIsAboveZeroWithAtMostTwoDecimals() {
        for (String ok : new String[] {"10", "0.01", "12.5", "12.50", "30.00", "+5", " 7 "}) {
            assertTrue("'" + ok + "'", BundleDiscountValidator.valid(ok, "AMOUNT"));
            assertTrue("'" + ok + "' percent", BundleDiscountValidator.valid(ok, "PERCENT"));
        }
        for (String bad : new String[] {"0", "0.00", "-1", "-0.01", "10.123", "0.001", "abc", "", "  ", null, "1e3",
                "10,5", "1.", ".5", "Infinity", "NaN"}) {
            assertFalse("'" + bad + "'", BundleDiscountValidator.valid(bad, "AMOUNT"));
            assertFalse("'" + bad + "' percent", BundleDiscountValidator.valid(bad, "PERCENT"));
        }
    }

    @Test
    public void aPercentageIsAtMostNinetyAnAmountMayBeMoreButFitsTheColumn() {
        assertTrue(BundleDiscountValidator.valid("90", "PERCENT"));
        assertTrue(BundleDiscountValidator.valid("90.00", "PERCENT"));
        assertFalse(BundleDiscountValidator.valid("90.01", "PERCENT"));
        assertFalse(BundleDiscountValidator.valid("100", "PERCENT"));
        assertTrue(BundleDiscountValidator.valid("150", "AMOUNT"));
        assertTrue(BundleDiscountValidator.valid("999999999999999.99", "AMOUNT"));
        assertFalse("a huge amount", BundleDiscountValidator.valid("1000000000000000", "AMOUNT"));
        assertTrue("a missing type is reported by its own field", BundleDiscountValidator.valid("150", null));
    }

    @Test
    public void theDiscountValidatorReadsTheTypeFromTheSameForm() {
        BundleDiscountValidator validator = new BundleDiscountValidator();
        assertFalse(validator.validateInternal(entity("discountType", "PERCENT"), null, null,
                Collections.<String, String>emptyMap(), null, "discountValue", "95"));
        assertTrue(validator.validateInternal(entity("discountType", "AMOUNT"), null, null,
                Collections.<String, String>emptyMap(), null, "discountValue", "95"));
    }

    @Test
    public void theAnchorIsNotOneOfTheCompanions() {
        Product phone = product(7L, "Nova X 128 GB");
        Product caseProduct = product(12L, "Nova X Case");
        UpliftBundleImpl bundle = new UpliftBundleImpl();
        bundle.setAnchorProduct(phone);
        bundle.getCompanions().add(item(bundle, caseProduct));
        bundle.getCompanions().add(item(bundle, product(13L, "Nova X Screen Protector")));
        assertTrue(anchor(bundle).isValid());

        bundle.setAnchorProduct(product(12L, "Nova X Case")); // another instance of a companion's product
        PropertyValidationResult refused = anchor(bundle);
        assertFalse(refused.isValid());
        assertEquals("'Nova X Case' (product 12) is a companion of this bundle, so it cannot be its anchor (the page"
                + " that shows the set): remove it from the companions first, or pick another product.",
                refused.getErrorMessage());

        Product nameless = new ProductImpl();
        nameless.setId(12L);
        bundle.setAnchorProduct(nameless);
        assertEquals("a product without a default SKU is named by its id", "Product 12 is a companion of this bundle,"
                + " so it cannot be its anchor (the page that shows the set): remove it from the companions first, or"
                + " pick another product.", anchor(bundle).getErrorMessage());

        UpliftBundleImpl fresh = new UpliftBundleImpl();
        fresh.setAnchorProduct(caseProduct);
        assertTrue("a new bundle has no companions yet", anchor(fresh).isValid());
        fresh.setAnchorProduct(null);
        assertTrue("a missing anchor is Broadleaf's required check", anchor(fresh).isValid());
        assertTrue("another entity", new BundleAnchorValidator().validate(null, "not a bundle", null, null, null,
                "anchorProduct", "12").isValid());
    }

    private static PropertyValidationResult anchor(UpliftBundleImpl bundle) {
        return new BundleAnchorValidator().validate(null, bundle, null, Collections.<String, String>emptyMap(), null,
                "anchorProduct", String.valueOf(bundle.getAnchorProduct() == null ? "" : bundle.getAnchorProduct().getId()));
    }

    private static Product product(long id, String name) {
        Sku sku = new SkuImpl();
        sku.setName(name);
        Product p = new ProductImpl();
        p.setId(id);
        p.setDefaultSku(sku);
        return p;
    }

    private static UpliftBundleItemImpl item(UpliftBundleImpl bundle, Product product) {
        UpliftBundleItemImpl item = new UpliftBundleItemImpl();
        item.setBundle(bundle);
        item.setProduct(product);
        return item;
    }

    @Test
    public void theEndIsAfterTheStartOrEitherIsBlank() {
        assertTrue(BundleDatesValidator.valid("2026.12.01 00:00:00", "2026.12.24 23:59:59"));
        assertTrue(BundleDatesValidator.valid(null, "2026.12.24 23:59:59"));
        assertTrue(BundleDatesValidator.valid("", "2026.12.24 23:59:59"));
        assertTrue(BundleDatesValidator.valid("2026.12.01 00:00:00", null));
        assertTrue(BundleDatesValidator.valid("2026.12.01 00:00:00", " "));
        assertFalse("end before start", BundleDatesValidator.valid("2026.12.24 00:00:00", "2026.12.01 00:00:00"));
        assertFalse("end equal to start", BundleDatesValidator.valid("2026.12.24 10:00:00", "2026.12.24 10:00:00"));
        assertFalse("one second before", BundleDatesValidator.valid("2026.12.24 10:00:00", "2026.12.24 09:59:59"));
        assertTrue("not a date: Broadleaf's type check reports it", BundleDatesValidator.valid("2026.12.24 10:00:00", "soon"));
        assertTrue(BundleDatesValidator.valid("2026.13.45 10:00:00", "2026.12.24 09:59:59"));
    }

    @Test
    public void theDatesValidatorReadsTheStartFromTheSameForm() {
        BundleDatesValidator validator = new BundleDatesValidator();
        assertFalse(validator.validateInternal(entity("starts", "2026.12.24 00:00:00"), null, null,
                Collections.<String, String>emptyMap(), null, "ends", "2026.12.01 00:00:00"));
        assertTrue(validator.validateInternal(entity("name", "x"), null, null,
                Collections.<String, String>emptyMap(), null, "ends", "2026.12.01 00:00:00"));
    }

    private static Entity entity(String name, String value) {
        Property p = new Property();
        p.setName(name);
        p.setValue(value);
        Entity e = new Entity();
        e.setProperties(new Property[] {p});
        return e;
    }
}
