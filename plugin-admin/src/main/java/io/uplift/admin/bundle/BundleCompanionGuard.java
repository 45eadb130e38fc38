package io.uplift.admin.bundle;

import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import io.uplift.engine.bundle.Bundle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A bundle's companion picked in the admin's product lookup is refused, nothing stored, when it is the bundle's anchor
 * product or when the bundle already has {@value Bundle#MAX_COMPANIONS} companions (the storefront would leave such
 * a bundle out); the dialog names the product. Picking a product that already is a companion stays Broadleaf's
 * no-op. Two admins adding at the same moment can still pass the count together: the storefront then leaves the
 * bundle out and the suggestions page names it. Bean {@code blUpliftBundleCompanionGuard}.
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
