package io.uplift.admin.bundle;

import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.bundle.domain.UpliftBundle;
import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import org.broadleafcommerce.common.presentation.client.PersistencePerspectiveItemType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.AdornedTargetList;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The companion rule (through the real admin: AdminBundlesIT) and which adds the guard takes. */
public class BundleCompanionGuardTest {

    @Test
    public void theAnchorAndAFifthCompanionAreRefusedNamingTheProduct() {
        assertEquals("'Aero 14 8 GB RAM' (product 7) is this bundle's anchor product (the page that shows the set);"
                + " a companion is another product.", BundleCompanionGuard.refusal(7, 1, false, 7, "Aero 14 8 GB RAM"));
        assertEquals("This bundle already has 4 companions, the most a set can have (4): remove one before adding"
                + " 'Mouse Pad XL' (product 9).", BundleCompanionGuard.refusal(7, 4, false, 9, "Mouse Pad XL"));
        assertNull("a third companion", BundleCompanionGuard.refusal(7, 2, false, 9, "Mouse Pad XL"));
        assertNull("one that already is a companion stays Broadleaf's no-op", BundleCompanionGuard.refusal(7, 4, true,
                9, null));
    }

    @Test
    public void itTakesTheAddsOfCompanionsOnly() {
        BundleCompanionGuard guard = new BundleCompanionGuard(null);
        assertTrue(guard.canHandleAdd(adding(UpliftBundleItemImpl.class.getName())));
        assertFalse(guard.canHandleAdd(adding("io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl")));
        assertFalse(guard.canHandleAdd(new PersistencePackage()));
        assertFalse("the companions grid's own fetch", guard.canHandleFetch(adding(UpliftBundleItemImpl.class.getName())));
    }

    @Test
    public void itFiltersTheProductLookupOfASavedBundlesPageOnly() {
        BundleCompanionGuard guard = new BundleCompanionGuard(null);
        assertTrue(guard.canHandleFetch(lookup(Product.class.getName(), "uplift-bundles", "12")));
        assertTrue(guard.canHandleFetch(lookup(Product.class.getName(), UpliftBundleImpl.class.getName(), "12")));
        assertFalse("a bundle not saved yet", guard.canHandleFetch(lookup(Product.class.getName(), "uplift-bundles",
                null)));
        assertFalse(guard.canHandleFetch(lookup(Product.class.getName(), "uplift-bundles", "12x")));
        assertFalse("another section", guard.canHandleFetch(lookup(Product.class.getName(), "uplift-comparisons", "12")));
        assertFalse("not products", guard.canHandleFetch(lookup(UpliftBundleImpl.class.getName(), "uplift-bundles",
                "12")));
        assertEquals(Long.valueOf(12), BundleCompanionGuard.bundleId("12"));
        assertNull(BundleCompanionGuard.bundleId(""));
    }

    @Test
    public void itFiltersTheAnchorLookupOfASavedBundleByBroadleafsCustomCriteria() {
        BundleCompanionGuard guard = new BundleCompanionGuard(null);
        assertTrue(guard.canHandleFetch(toOne(Product.class.getName(), "owningClass=" + UpliftBundleImpl.class.getName(),
                "requestingEntityId=12")));
        assertEquals("12", AdornedAddGuard.toOneLookupFrom(toOne(Product.class.getName(), "requestingEntityId=12",
                "owningClass=" + UpliftBundle.class.getName()), BundleCompanionGuard.ENTITY));
        assertFalse("a bundle not saved yet", guard.canHandleFetch(toOne(Product.class.getName(),
                "owningClass=" + UpliftBundleImpl.class.getName(), "requestingEntityId=null")));
        assertFalse("another form's lookup", guard.canHandleFetch(toOne(Product.class.getName(),
                "owningClass=io.uplift.broadleaf.relation.domain.UpliftRelationImpl", "requestingEntityId=12")));
        assertFalse("a filtered lookup carries no criteria", guard.canHandleFetch(toOne(Product.class.getName())));
        assertFalse("not products", guard.canHandleFetch(toOne(UpliftBundleImpl.class.getName(),
                "owningClass=" + UpliftBundleImpl.class.getName(), "requestingEntityId=12")));
    }

    private static PersistencePackage toOne(String ceiling, String... criteria) {
        PersistencePackage p = new PersistencePackage();
        p.setCeilingEntityFullyQualifiedClassname(ceiling);
        p.setPersistencePerspective(new PersistencePerspective());
        p.setCustomCriteria(criteria);
        return p;
    }

    private static PersistencePackage lookup(String ceiling, String section, String id) {
        PersistencePackage p = new PersistencePackage();
        p.setCeilingEntityFullyQualifiedClassname(ceiling);
        p.setPersistencePerspective(new PersistencePerspective());
        SectionCrumb crumb = new SectionCrumb();
        crumb.setSectionIdentifier(section);
        crumb.setSectionId(id);
        p.setSectionCrumbs(new SectionCrumb[] {crumb});
        return p;
    }

    private static PersistencePackage adding(String adornedEntity) {
        AdornedTargetList list = new AdornedTargetList();
        list.setAdornedTargetEntityClassname(adornedEntity);
        PersistencePerspective perspective = new PersistencePerspective();
        perspective.addPersistencePerspectiveItem(PersistencePerspectiveItemType.ADORNEDTARGETLIST, list);
        PersistencePackage p = new PersistencePackage();
        p.setPersistencePerspective(perspective);
        return p;
    }
}
