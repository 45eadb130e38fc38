package io.uplift.admin.upsell;

import io.uplift.broadleaf.upsell.ComparisonGroupRows;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMember;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * The admin's access to comparison groups beyond Broadleaf's entity screen: Broadleaf's up-sale lists and every
 * stored group (JDBC, read-only), and creating an accepted proposal's group with its versions in one transaction.
 */
public class ComparisonGroupStore {

    static final String UP_SALES = "SELECT PRODUCT_ID, RELATED_SALE_PRODUCT_ID FROM BLC_PRODUCT_UP_SALE"
            + " WHERE PRODUCT_ID IS NOT NULL AND RELATED_SALE_PRODUCT_ID IS NOT NULL ORDER BY PRODUCT_ID, SEQUENCE";

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    public ComparisonGroupStore(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Broadleaf's up-sale lists: product id to its up-sale products, in Broadleaf's order. */
    public Map<Long, List<Long>> upSales() throws SQLException {
        Map<Long, List<Long>> out = new LinkedHashMap<Long, List<Long>>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(UP_SALES)) {
            while (rs.next()) {
                List<Long> to = out.get(rs.getLong(1));
                if (to == null) {
                    to = new ArrayList<Long>();
                    out.put(rs.getLong(1), to);
                }
                to.add(rs.getLong(2));
            }
        }
        return out;
    }

    /** Every stored group, enabled or not, valid or not. */
    public List<ComparisonGroupRows.Row> groups() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return ComparisonGroupRows.read(c, false);
        }
    }

    /**
     * Creates an enabled group with these versions (sequence 1..n, in this order), all or nothing. Nothing is
     * created when a product is already in a group (enabled or not) or no longer exists; synchronized so that two
     * accepts of one proposal on this admin node cannot both pass the check.
     */
    public synchronized Created create(String name, String attributes, List<Long> productIds) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            Map<Long, String> taken = new LinkedHashMap<Long, String>();
            List<?> rows = em.createQuery("SELECT m.product.id, m.group.name FROM "
                    + UpliftComparisonMemberImpl.class.getName() + " m WHERE m.product.id IN (:ids)")
                    .setParameter("ids", productIds).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                taken.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            if (!taken.isEmpty()) {
                em.getTransaction().rollback();
                return new Created(null, taken, null);
            }
            UpliftComparisonGroupImpl group = new UpliftComparisonGroupImpl();
            group.setName(name);
            group.setEnabled(Boolean.TRUE);
            group.setAttributes(attributes);
            List<UpliftComparisonMember> members = new ArrayList<UpliftComparisonMember>();
            for (int i = 0; i < productIds.size(); i++) {
                Product product = em.find(ProductImpl.class, productIds.get(i));
                if (product == null) {
                    em.getTransaction().rollback();
                    return new Created(null, taken, productIds.get(i));
                }
                UpliftComparisonMemberImpl member = new UpliftComparisonMemberImpl();
                member.setGroup(group);
                member.setProduct(product);
                member.setSequence(BigDecimal.valueOf(i + 1));
                members.add(member);
            }
            group.setMembers(members);
            em.persist(group);
            em.getTransaction().commit();
            return new Created(group.getId(), taken, null);
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** What {@link #create} did: the new group's id, or why nothing was created. */
    public static final class Created {
        private final Long groupId;
        private final Map<Long, String> alreadyGrouped;
        private final Long missingProduct;

        Created(Long groupId, Map<Long, String> alreadyGrouped, Long missingProduct) {
            this.groupId = groupId;
            this.alreadyGrouped = alreadyGrouped;
            this.missingProduct = missingProduct;
        }

        /** The new group's id; {@code null} when nothing was created. */
        public Long getGroupId() {
            return groupId;
        }

        /** Products that are already in a group, with that group's name. */
        public Map<Long, String> getAlreadyGrouped() {
            return alreadyGrouped;
        }

        /** A product that no longer exists, or {@code null}. */
        public Long getMissingProduct() {
            return missingProduct;
        }
    }
}
