package io.uplift.admin.bundle;

import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import io.uplift.engine.bundle.SuggestedBundle;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * The admin's access to bundles beyond Broadleaf's entity screen: which products anchor an enabled bundle (JDBC,
 * read-only), and creating an accepted suggestion's bundle with its companions in one transaction.
 */
public class BundleStore {

    static final String ENABLED_ANCHORS = "SELECT ANCHOR_PRODUCT_ID, NAME FROM UPLIFT_BUNDLE WHERE ENABLED = ?"
            + " ORDER BY BUNDLE_ID DESC";

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    public BundleStore(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Product id to the name of the (first) enabled bundle it anchors. */
    public Map<Long, String> enabledAnchors() throws SQLException {
        Map<Long, String> out = new LinkedHashMap<Long, String>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(ENABLED_ANCHORS)) {
            st.setBoolean(1, true);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2)); // descending ids: the first bundle's name wins
                }
            }
        }
        return out;
    }

    /**
     * Creates the bundle, switched on, with its companions (sequence 1..n in the suggestion's order), all or nothing.
     * Nothing is created when the anchor already anchors an enabled bundle or a product no longer exists;
     * synchronized so that two accepts on this admin node cannot both pass the check (a second admin node could: the
     * storefront would then show the anchor's first bundle and the admin can switch the other off).
     */
    public synchronized Created create(SuggestedBundle suggested) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            List<?> existing = em.createQuery("SELECT b.id, b.name FROM " + UpliftBundleImpl.class.getName()
                    + " b WHERE b.anchorProduct.id = :anchor AND b.enabled = true ORDER BY b.id")
                    .setParameter("anchor", suggested.getAnchorProductId()).getResultList();
            if (!existing.isEmpty()) {
                em.getTransaction().rollback();
                Object[] first = (Object[]) existing.get(0);
                return new Created(null, (String) first[1], null);
            }
            Product anchor = em.find(ProductImpl.class, suggested.getAnchorProductId());
            if (anchor == null) {
                em.getTransaction().rollback();
                return new Created(null, null, suggested.getAnchorProductId());
            }
            UpliftBundleImpl bundle = new UpliftBundleImpl();
            bundle.setName(suggested.getName());
            bundle.setEnabled(Boolean.TRUE);
            bundle.setAnchorProduct(anchor);
            bundle.setDiscountType(suggested.getDiscountType().name());
            bundle.setDiscountValue(suggested.getDiscountValue());
            bundle.setOrigin(suggested.getOrigin());
            List<UpliftBundleItemImpl> items = new ArrayList<UpliftBundleItemImpl>();
            for (Long id : suggested.getCompanions()) {
                Product product = em.find(ProductImpl.class, id);
                if (product == null) {
                    em.getTransaction().rollback();
                    return new Created(null, null, id);
                }
                UpliftBundleItemImpl item = new UpliftBundleItemImpl();
                item.setBundle(bundle);
                item.setProduct(product);
                item.setSequence(BigDecimal.valueOf(items.size() + 1));
                items.add(item);
            }
            bundle.setCompanions(items);
            em.persist(bundle);
            em.getTransaction().commit();
            return new Created(bundle.getId(), null, null);
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** What {@link #create} did: the new bundle's id, or why nothing was created. */
    public static final class Created {
        private final Long bundleId;
        private final String existingBundle;
        private final Long missingProduct;

        Created(Long bundleId, String existingBundle, Long missingProduct) {
            this.bundleId = bundleId;
            this.existingBundle = existingBundle;
            this.missingProduct = missingProduct;
        }

        /** The new bundle's id; {@code null} when nothing was created. */
        public Long getBundleId() {
            return bundleId;
        }

        /** The name of the enabled bundle the anchor already anchors, or {@code null}. */
        public String getExistingBundle() {
            return existingBundle;
        }

        /** A product that no longer exists, or {@code null}. */
        public Long getMissingProduct() {
            return missingProduct;
        }
    }
}
