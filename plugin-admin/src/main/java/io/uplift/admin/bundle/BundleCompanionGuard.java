package io.uplift.admin.bundle;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.bundle.domain.UpliftBundle;
import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import io.uplift.engine.bundle.Bundle;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FilterMapping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.persistence.criteria.Subquery;
import javax.sql.DataSource;

/**
 * A bundle's companions in the admin: the companions grid's product lookup leaves out the bundle's anchor and its
 * current companions (a filter added to Broadleaf's own fetch), and a pick is refused, nothing stored, when it is the
 * anchor (a hand-made request) or when the bundle already has {@value Bundle#MAX_COMPANIONS} companions (the
 * storefront would leave such a bundle out); the dialog names the product ({@link AdornedAddGuard}). The anchor's own
 * lookup on a saved bundle's page leaves out the companions. Picking a
 * product that already is a companion stays Broadleaf's no-op. Two admins adding at the same moment can still pass the
 * count together: the storefront then leaves the bundle out and the suggestions page names it. Bean
 * {@code blUpliftBundleCompanionGuard}.
 */
public class BundleCompanionGuard extends AdornedAddGuard {

    /** The bundle's anchor, its companions, and whether the product is one of them. */
    static final String BUNDLE_SQL = "SELECT b.ANCHOR_PRODUCT_ID,"
            + " (SELECT COUNT(*) FROM UPLIFT_BUNDLE_ITEM i WHERE i.BUNDLE_ID = b.BUNDLE_ID),"
            + " (SELECT COUNT(*) FROM UPLIFT_BUNDLE_ITEM i WHERE i.BUNDLE_ID = b.BUNDLE_ID AND i.PRODUCT_ID = ?)"
            + " FROM UPLIFT_BUNDLE b WHERE b.BUNDLE_ID = ?";

    private final DataSource dataSource;

    public BundleCompanionGuard(DataSource dataSource) {
        super(UpliftBundleItemImpl.class.getName(), "bundle");
        this.dataSource = dataSource;
    }

    /** How Broadleaf's section crumbs name the bundle pages (the section's path, its entity class). */
    static final List<String> SECTION = Arrays.asList(UpliftAdminMenuInstaller.BUNDLES_URL.substring(1),
            UpliftBundleImpl.class.getName(), UpliftBundle.class.getName());

    /** How Broadleaf's to-one lookups name the bundle form they were opened from (its entity class). */
    static final List<String> ENTITY = Arrays.asList(UpliftBundleImpl.class.getName(), UpliftBundle.class.getName());

    /** A fetch of products for the companions grid's lookup of a saved bundle, or for its anchor's lookup. */
    @Override
    public Boolean canHandleFetch(PersistencePackage persistencePackage) {
        return bundleId(lookupFrom(persistencePackage, SECTION)) != null
                || bundleId(toOneLookupFrom(persistencePackage, ENTITY)) != null;
    }

    /**
     * The companions' lookup leaves out the anchor and the companions; the anchor's lookup leaves out the companions
     * (a companion cannot be the anchor: {@code BundleAnchorValidator} refuses such a save).
     */
    @Override
    public DynamicResultSet fetch(PersistencePackage persistencePackage, CriteriaTransferObject cto,
            DynamicEntityDao dynamicEntityDao, RecordHelper helper) throws ServiceException {
        Long companions = bundleId(lookupFrom(persistencePackage, SECTION));
        cto.getAdditionalFilterMappings().add(companions != null ? notInBundle(companions)
                : notCompanion(bundleId(toOneLookupFrom(persistencePackage, ENTITY))));
        return helper.getCompatibleModule(OperationType.BASIC).fetch(persistencePackage, cto);
    }

    static Long bundleId(String crumbId) {
        return id(crumbId);
    }

    /** Neither the bundle's anchor nor one of its companions. */
    static FilterMapping notInBundle(final long bundle) {
        return onProductId(new IdRestriction() {
            @Override
            public Predicate of(CriteriaBuilder builder, CriteriaQuery<?> query, Path<Long> id) {
                Subquery<Long> anchor = query.subquery(Long.class);
                Root<UpliftBundleImpl> b = anchor.from(UpliftBundleImpl.class);
                anchor.select(b.get("anchorProduct").<Long>get("id")).where(builder.equal(b.<Long>get("id"), bundle));
                return builder.and(notCompanion(builder, query, id, bundle), builder.not(id.in(anchor)));
            }
        });
    }

    /** Not one of the bundle's companions. */
    static FilterMapping notCompanion(final long bundle) {
        return onProductId(new IdRestriction() {
            @Override
            public Predicate of(CriteriaBuilder builder, CriteriaQuery<?> query, Path<Long> id) {
                return notCompanion(builder, query, id, bundle);
            }
        });
    }

    private static Predicate notCompanion(CriteriaBuilder builder, CriteriaQuery<?> query, Path<Long> id, long bundle) {
        Subquery<Long> companions = query.subquery(Long.class);
        Root<UpliftBundleItemImpl> item = companions.from(UpliftBundleItemImpl.class);
        companions.select(item.get("product").<Long>get("id"))
                .where(builder.equal(item.get("bundle").<Long>get("id"), bundle));
        return builder.not(id.in(companions));
    }

    @Override
    protected String refusal(long bundle, long product) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long anchor;
            long companions;
            boolean already;
            try (PreparedStatement s = c.prepareStatement(BUNDLE_SQL)) {
                s.setLong(1, product);
                s.setLong(2, bundle);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null; // no such bundle: Broadleaf's own add answers it
                    }
                    anchor = rs.getLong(1);
                    companions = rs.getLong(2);
                    already = rs.getLong(3) > 0;
                }
            }
            return refusal(anchor, companions, already, product, productName(c, product));
        }
    }

    /** The rule itself: why the product may not be added, or null. */
    static String refusal(long anchor, long companions, boolean already, long product, String productName) {
        if (product == anchor) {
            return product(product, productName) + " is this bundle's anchor product (the page that shows the set);"
                    + " a companion is another product.";
        }
        if (!already && companions >= Bundle.MAX_COMPANIONS) {
            return "This bundle already has " + companions + " companions, the most a set can have ("
                    + Bundle.MAX_COMPANIONS + "): remove one before adding " + product(product, productName) + ".";
        }
        return null;
    }
}
