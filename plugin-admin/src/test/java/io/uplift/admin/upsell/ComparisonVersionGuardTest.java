package io.uplift.admin.upsell;

import io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl;
import org.broadleafcommerce.common.presentation.client.PersistencePerspectiveItemType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.openadmin.dto.AdornedTargetList;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Which fetches and adds the version guard takes (the refusal itself is AdminComparisonsIT's). */
public class ComparisonVersionGuardTest {

    private final ComparisonVersionGuard guard = new ComparisonVersionGuard(null);

    @Test
    public void itFiltersTheProductLookupOfAComparisonPageOnly() {
        assertTrue(guard.canHandleFetch(fetch(Product.class.getName(), null, "uplift-comparisons")));
        assertTrue(guard.canHandleFetch(fetch(ProductImpl.class.getName(), null, "product", "uplift-comparisons")));
        assertTrue("as Broadleaf passes the crumb on", guard.canHandleFetch(fetch(ProductImpl.class.getName(), null,
                "io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl")));
        assertFalse("the catalog's own product list", guard.canHandleFetch(fetch(Product.class.getName(), null,
                "product")));
        assertFalse("no crumbs", guard.canHandleFetch(fetch(Product.class.getName(), null)));
        assertFalse("the versions grid itself", guard.canHandleFetch(fetch(Product.class.getName(),
                members(), "uplift-comparisons")));
        assertFalse("other entities", guard.canHandleFetch(fetch(
                "io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl", null, "uplift-comparisons")));
        assertFalse("unknown class", guard.canHandleFetch(fetch("no.such.Product", null, "uplift-comparisons")));
        assertFalse("Broadleaf's security check runs first", guard.willHandleSecurity(fetch(
                Product.class.getName(), null, "uplift-comparisons")));
    }

    @Test
    public void itTakesTheAddsOfComparisonVersionsOnly() {
        assertTrue(guard.canHandleAdd(fetch(Product.class.getName(), members())));
        AdornedTargetList other = new AdornedTargetList();
        other.setAdornedTargetEntityClassname("org.broadleafcommerce.core.catalog.domain.CrossSaleProductImpl");
        assertFalse(guard.canHandleAdd(fetch(Product.class.getName(), other)));
        assertFalse("a plain add", guard.canHandleAdd(fetch(Product.class.getName(), null)));
        assertFalse("only adds and the lookup", guard.canHandleUpdate(fetch(Product.class.getName(), members())));
        assertFalse(guard.canHandleRemove(fetch(Product.class.getName(), members())));
    }

    @Test
    public void theRefusalNamesTheProductAndTheOtherGroup() {
        assertEquals("'Nova X 128 GB' (product 100) is already a version of the comparison group 'Nova X'. A product"
                + " belongs to one group, so that its page shows one table: remove it there first.",
                ComparisonVersionGuard.inOtherGroup(100, "Nova X 128 GB", "Nova X"));
        assertTrue(ComparisonVersionGuard.inOtherGroup(100, null, "Nova X").startsWith("Product 100 is already"));
    }

    private static AdornedTargetList members() {
        AdornedTargetList list = new AdornedTargetList();
        list.setAdornedTargetEntityClassname(UpliftComparisonMemberImpl.class.getName());
        return list;
    }

    private static PersistencePackage fetch(String ceiling, AdornedTargetList adorned, String... crumbs) {
        PersistencePackage p = new PersistencePackage();
        p.setCeilingEntityFullyQualifiedClassname(ceiling);
        PersistencePerspective perspective = new PersistencePerspective();
        if (adorned != null) {
            perspective.addPersistencePerspectiveItem(PersistencePerspectiveItemType.ADORNEDTARGETLIST, adorned);
        }
        p.setPersistencePerspective(perspective);
        SectionCrumb[] sc = new SectionCrumb[crumbs.length];
        for (int i = 0; i < crumbs.length; i++) {
            sc[i] = new SectionCrumb();
            sc[i].setSectionIdentifier(crumbs[i]);
            sc[i].setSectionId(String.valueOf(i));
        }
        p.setSectionCrumbs(sc);
        return p;
    }

}
