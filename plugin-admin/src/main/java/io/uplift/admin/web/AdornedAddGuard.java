package io.uplift.admin.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.PersistencePerspectiveItemType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.AdornedTargetList;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.EmptyFilterValues;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FieldPath;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FieldPathBuilder;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FilterMapping;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.Restriction;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.predicate.PredicateProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.From;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;

/**
 * A rule checked when the admin picks a product in the lookup of one of the plugin's adorned-target grids (e.g. a
 * comparison group's versions, a bundle's companions): Broadleaf adds such a pick at once, without a form, and shows a
 * validation error of it nowhere the admin can see. A refused pick is an {@link AdminRefusal} (a dialog over the
 * lookup, by {@link RefusalDialogs}) and nothing is stored; an allowed one is Broadleaf's own adorned-target add. A
 * Broadleaf custom persistence handler (in {@code blCustomPersistenceHandlers}); Broadleaf's security check runs
 * first ({@link #willHandleSecurity} is false). A subclass may also narrow the lookup itself to what can be picked:
 * {@link #lookupFrom} recognises the lookup's fetch and {@link #onProductId} adds a restriction to Broadleaf's own
 * fetch.
 */
public abstract class AdornedAddGuard extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(AdornedAddGuard.class);

    /** The refusal dialog's title. */
    public static final String NOT_ADDED = "Not added";

    private final String adornedEntity;
    private final String what;

    /**
     * @param adornedEntity the adorned-target entity class whose adds are checked
     * @param what what the parent is called in the log, e.g. "comparison group"
     */
    protected AdornedAddGuard(String adornedEntity, String what) {
        this.adornedEntity = adornedEntity;
        this.what = what;
    }

    /**
     * Why this product may not be added to this parent, as the admin reads it; null when it may.
     *
     * @param parent the parent's id (the group, the bundle)
     * @param product the picked product's id
     */
    protected abstract String refusal(long parent, long product) throws SQLException;

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        AdornedTargetList list = adornedList(persistencePackage);
        return list != null && adornedEntity.equals(list.getAdornedTargetEntityClassname());
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        AdornedTargetList list = adornedList(persistencePackage);
        Entity entity = persistencePackage.getEntity();
        Long parent = number(entity, list.getLinkedObjectPath() + "." + list.getLinkedIdProperty());
        Long product = number(entity, list.getTargetObjectPath() + "." + list.getTargetIdProperty());
        if (parent != null && product != null) {
            String refusal;
            try {
                refusal = refusal(parent, product);
            } catch (SQLException e) {
                LOG.warn("product " + product + " not added to " + what + " " + parent + ": it could not be checked", e);
                throw new AdminRefusal(NOT_ADDED, "The " + what + " could not be checked, so product " + product
                        + " was not added. Please try again.");
            }
            if (refusal != null) {
                LOG.info("product " + product + " not added to " + what + " " + parent + ": " + refusal);
                throw new AdminRefusal(NOT_ADDED, refusal);
            }
        }
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes()
                .getAddType()).add(persistencePackage);
    }

    /** The package's adorned-target list, or null for another kind of request. */
    public static AdornedTargetList adornedList(PersistencePackage persistencePackage) {
        PersistencePerspective perspective = persistencePackage.getPersistencePerspective();
        if (perspective == null || perspective.getPersistencePerspectiveItems() == null) {
            return null;
        }
        Object item = perspective.getPersistencePerspectiveItems().get(PersistencePerspectiveItemType.ADORNEDTARGETLIST);
        return item instanceof AdornedTargetList ? (AdornedTargetList) item : null;
    }

    /** The entity's property as an id, or null when it has none. */
    public static Long number(Entity entity, String name) {
        Property p = entity == null || entity.getProperties() == null ? null : entity.findProperty(name);
        return id(p == null ? null : p.getValue());
    }

    /** The text as an id (digits, surrounding blanks allowed), or null when it is none. */
    public static Long id(String value) {
        return value == null || !value.trim().matches("\\d{1,18}") ? null : Long.valueOf(value.trim());
    }

    /**
     * The id of the entity a product lookup was opened from, when the package is a fetch of products for a lookup
     * (not an adorned grid's own fetch) made from a page of the section, else null. Broadleaf names the page in the
     * package's section crumbs, by the section's path or by its entity class; {@code sectionNames} lists both.
     */
    public static String lookupFrom(PersistencePackage persistencePackage, Collection<String> sectionNames) {
        if (!isProduct(persistencePackage.getCeilingEntityFullyQualifiedClassname())
                || adornedList(persistencePackage) != null || persistencePackage.getSectionCrumbs() == null) {
            return null;
        }
        for (SectionCrumb crumb : persistencePackage.getSectionCrumbs()) {
            if (crumb != null && sectionNames.contains(crumb.getSectionIdentifier())) {
                return crumb.getSectionId() == null ? "" : crumb.getSectionId();
            }
        }
        return null;
    }

    /**
     * The id of the saved entity whose form a product's to-one lookup (e.g. a bundle's anchor) was opened from, when
     * the package is such a fetch for one of {@code entityClasses}, else null. Broadleaf's to-one lookup carries no
     * section crumbs; it names the form's entity class and id in the package's custom criteria ({@code owningClass},
     * {@code requestingEntityId}), and only on the lookup's first page: a filter typed into the lookup is fetched
     * without them.
     */
    public static String toOneLookupFrom(PersistencePackage persistencePackage, Collection<String> entityClasses) {
        if (!isProduct(persistencePackage.getCeilingEntityFullyQualifiedClassname())
                || adornedList(persistencePackage) != null || persistencePackage.getCustomCriteria() == null) {
            return null;
        }
        String owner = null;
        String id = null;
        for (String criterion : persistencePackage.getCustomCriteria()) {
            if (criterion != null && criterion.startsWith("owningClass=")) {
                owner = criterion.substring("owningClass=".length());
            } else if (criterion != null && criterion.startsWith("requestingEntityId=")) {
                id = criterion.substring("requestingEntityId=".length());
            }
        }
        return owner != null && entityClasses.contains(owner) ? id : null;
    }

    /** Whether the class is one of Broadleaf's product classes. */
    static boolean isProduct(String className) {
        if (className == null) {
            return false;
        }
        try {
            return Product.class.isAssignableFrom(Class.forName(className, false,
                    AdornedAddGuard.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A restriction on the product's id for Broadleaf's criteria fetch (added to its own fetch, which does the rest).
     *
     * @param restriction the predicate on the id path, given the query to make subqueries of
     */
    public static FilterMapping onProductId(final IdRestriction restriction) {
        return new FilterMapping()
                .withFieldPath(new FieldPath().withTargetProperty("id"))
                .withDirectFilterValues(new EmptyFilterValues())
                .withRestriction(new Restriction().withPredicateProvider(new PredicateProvider<Long, Long>() {
                    @Override
                    public Predicate buildPredicate(CriteriaBuilder builder, FieldPathBuilder fieldPathBuilder,
                            From root, String ceilingEntity, String fullPropertyName, Path<Long> explicitPath,
                            List<Long> directValues) {
                        return restriction.of(builder, fieldPathBuilder.getCriteria(), explicitPath);
                    }
                }));
    }

    /** See {@link #onProductId}. */
    public interface IdRestriction {
        Predicate of(CriteriaBuilder builder, CriteriaQuery<?> query, Path<Long> id);
    }

    /** The product's name (its default SKU's), or null when it has none. */
    public static String productName(Connection c, long product) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT k.NAME FROM BLC_PRODUCT p LEFT JOIN BLC_SKU k"
                + " ON k.SKU_ID = p.DEFAULT_SKU_ID WHERE p.PRODUCT_ID = ?")) {
            s.setLong(1, product);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A product as the admin knows it: "'name' (product id)", or "Product id" without a name. */
    public static String product(long id, String name) {
        return name == null ? "Product " + id : "'" + name + "' (product " + id + ")";
    }
}
