package io.uplift.admin.upsell;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroup;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl;
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
 * A product is a version of one comparison group at most: the storefront shows a product one comparison table, and a
 * product in two groups would silently get the first one read. Two parts, one Broadleaf custom persistence handler
 * (in {@code blCustomPersistenceHandlers}; Broadleaf's own security checks run first):
 * <ul>
 * <li>the <b>product lookup</b> of a group's "Versions" grid (a fetch of products from a page of the Uplift &gt;
 * Comparisons section) leaves out every product that is already a version of a group, this one or another, so the
 * merchandiser is only offered what can be added; the rest of the fetch is Broadleaf's own;</li>
 * <li>the <b>add</b> of a version of a product that is a version of another group (a request made by hand, or two
 * admins at once) is refused in a dialog over the lookup that names the product and the other group, and nothing is
 * stored ({@link AdornedAddGuard}).</li>
 * </ul>
 * Groups made from proposals are checked the same way ({@link ComparisonGroupStore#create}); rows written past the
 * admin are named by the storefront's group cache. Bean {@code blUpliftComparisonVersionGuard}.
 */
public class ComparisonVersionGuard extends AdornedAddGuard {

    /**
     * How Broadleaf's section crumbs name the comparison pages: by the section's path ("uplift-comparisons", as the
     * request carries it) or by its entity class (as the admin passes it on to a fetch).
     */
    static final List<String> SECTION = Arrays.asList(UpliftAdminMenuInstaller.COMPARISONS_URL.substring(1),
            UpliftComparisonGroupImpl.class.getName(), UpliftComparisonGroup.class.getName());

    /** The other group's name and the product's name (its default SKU's). */
    static final String OTHER_GROUP_SQL = "SELECT g.NAME, k.NAME FROM UPLIFT_COMPARISON_MEMBER m"
            + " JOIN UPLIFT_COMPARISON_GROUP g ON g.GROUP_ID = m.GROUP_ID JOIN BLC_PRODUCT p ON p.PRODUCT_ID = m.PRODUCT_ID"
            + " LEFT JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID WHERE m.PRODUCT_ID = ? AND m.GROUP_ID <> ?";

    private final DataSource dataSource;

    public ComparisonVersionGuard(DataSource dataSource) {
        super(UpliftComparisonMemberImpl.class.getName(), "comparison group");
        this.dataSource = dataSource;
    }

    // ----------------------------------------------------------------------------------------- the product lookup

    /** A standard fetch of products made from a comparison group's page: the versions grid's product lookup. */
    @Override
    public Boolean canHandleFetch(PersistencePackage persistencePackage) {
        return lookupFrom(persistencePackage, SECTION) != null;
    }

    @Override
    public DynamicResultSet fetch(PersistencePackage persistencePackage, CriteriaTransferObject cto,
            DynamicEntityDao dynamicEntityDao, RecordHelper helper) throws ServiceException {
        cto.getAdditionalFilterMappings().add(notAVersion());
        return helper.getCompatibleModule(OperationType.BASIC).fetch(persistencePackage, cto);
    }

    /** {@code id NOT IN (SELECT m.product.id FROM UpliftComparisonMemberImpl m)} for Broadleaf's criteria query. */
    static FilterMapping notAVersion() {
        return onProductId(new IdRestriction() {
            @Override
            public Predicate of(CriteriaBuilder builder, CriteriaQuery<?> query, Path<Long> id) {
                Subquery<Long> versions = query.subquery(Long.class);
                Root<UpliftComparisonMemberImpl> member = versions.from(UpliftComparisonMemberImpl.class);
                versions.select(member.get("product").<Long>get("id"));
                return builder.not(id.in(versions));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ adding a version

    @Override
    protected String refusal(long group, long product) throws SQLException {
        String[] other = otherGroup(product, group);
        return other == null ? null : inOtherGroup(product, other[1], other[0]);
    }

    /** The name of another group the product is a version of and the product's name, or null. */
    String[] otherGroup(long product, long group) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OTHER_GROUP_SQL)) {
            s.setLong(1, product);
            s.setLong(2, group);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    /** The refusal's text: the product by name (and id), the other group by name. */
    static String inOtherGroup(long product, String productName, String group) {
        return product(product, productName) + " is already a version of the comparison group '" + group + "'. A"
                + " product belongs to one group, so that its page shows one table: remove it there first.";
    }
}
