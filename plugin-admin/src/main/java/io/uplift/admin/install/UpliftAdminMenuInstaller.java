package io.uplift.admin.install;

import io.uplift.broadleaf.addon.domain.UpliftAddOnImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundle;
import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl;
import io.uplift.broadleaf.mail.domain.UpliftMailJobImpl;
import io.uplift.broadleaf.mail.domain.UpliftMailSettingsImpl;
import io.uplift.broadleaf.relation.domain.UpliftRelation;
import io.uplift.broadleaf.relation.domain.UpliftRelationImpl;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfig;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroup;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMember;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl;
import io.uplift.broadleaf.warranty.domain.UpliftWarrantyCategoryImpl;
import io.uplift.broadleaf.warranty.domain.UpliftWarrantyPlanImpl;
import io.uplift.broadleaf.warranty.domain.UpliftWarrantyRateImpl;
import io.uplift.broadleaf.warranty.domain.UpliftWarrantyTermImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.math.BigInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Adds the plugin's admin module ("Uplift") and its sections to Broadleaf's admin menu and security tables on the
 * admin's start, once: the same rows Broadleaf's own {@code load_admin_*.sql} writes for its sections, in the
 * reserved id range -7199..-7100. The built-in super-user role ROLE_ADMIN is granted "maintain"; other roles get
 * the permissions through Broadleaf's own admin screens (Security &gt; Roles).
 *
 * <p>So installing the plugin needs no SQL by hand: add the dependency, the patchConfigLocation line, restart.</p>
 */
public class UpliftAdminMenuInstaller {

    private static final Log LOG = LogFactory.getLog(UpliftAdminMenuInstaller.class);

    static final long MODULE_ID = -7100;
    static final long WIDGETS_SECTION_ID = -7100;
    static final long RECOMMENDATIONS_SECTION_ID = -7101;
    static final long RELATIONS_SECTION_ID = -7102;
    static final long COMPARISONS_SECTION_ID = -7103;
    static final long PROPOSALS_SECTION_ID = -7104;
    static final long PERM_READ = -7100;
    static final long PERM_ALL = -7101;
    static final long PERM_FRIENDLY_READ = -7110;
    static final long PERM_FRIENDLY_ALL = -7111;
    static final long PERM_RELATIONS_READ = -7102;
    static final long PERM_RELATIONS_ALL = -7103;
    static final long PERM_FRIENDLY_RELATIONS_READ = -7112;
    static final long PERM_FRIENDLY_RELATIONS_ALL = -7113;
    static final long PERM_COMPARISONS_READ = -7104;
    static final long PERM_COMPARISONS_ALL = -7105;
    static final long PERM_FRIENDLY_COMPARISONS_READ = -7114;
    static final long PERM_FRIENDLY_COMPARISONS_ALL = -7115;
    static final long BUNDLES_SECTION_ID = -7105;
    static final long BUNDLE_SUGGESTIONS_SECTION_ID = -7106;
    static final long PERM_BUNDLES_READ = -7140;
    static final long PERM_BUNDLES_ALL = -7141;
    static final long PERM_FRIENDLY_BUNDLES_READ = -7142;
    static final long PERM_FRIENDLY_BUNDLES_ALL = -7143;
    static final long WARRANTY_PLANS_SECTION_ID = -7107;
    static final long PERM_WARRANTY_READ = -7150;
    static final long PERM_WARRANTY_ALL = -7151;
    static final long PERM_FRIENDLY_WARRANTY_READ = -7152;
    static final long PERM_FRIENDLY_WARRANTY_ALL = -7153;
    static final long OFFER_LIMITS_SECTION_ID = -7109;
    static final long DASHBOARD_SECTION_ID = -7111;
    static final long ADD_ONS_SECTION_ID = -7108;
    static final long PERM_ADD_ONS_READ = -7160;
    static final long PERM_ADD_ONS_ALL = -7161;
    static final long PERM_FRIENDLY_ADD_ONS_READ = -7162;
    static final long PERM_FRIENDLY_ADD_ONS_ALL = -7163;
    static final long EXPERIMENTS_SECTION_ID = -7110;
    static final long PERM_EXPERIMENTS_READ = -7170;
    static final long PERM_EXPERIMENTS_ALL = -7171;
    static final long PERM_FRIENDLY_EXPERIMENTS_READ = -7172;
    static final long PERM_FRIENDLY_EXPERIMENTS_ALL = -7173;
    static final long EMAILS_SECTION_ID = -7112;
    static final long PERM_EMAILS_READ = -7180;
    static final long PERM_EMAILS_ALL = -7181;
    static final long PERM_FRIENDLY_EMAILS_READ = -7182;
    static final long PERM_FRIENDLY_EMAILS_ALL = -7183;
    static final long ROLE_ADMIN_ID = -1;

    /** The sections' URLs under /admin. */
    public static final String WIDGETS_URL = "/uplift-widgets";
    public static final String RECOMMENDATIONS_URL = "/uplift-recommendations";
    public static final String RELATIONS_URL = "/uplift-relations";
    public static final String COMPARISONS_URL = "/uplift-comparisons";
    public static final String PROPOSALS_URL = "/uplift-comparison-proposals";
    public static final String BUNDLES_URL = "/uplift-bundles";
    public static final String BUNDLE_SUGGESTIONS_URL = "/uplift-bundle-suggestions";
    public static final String WARRANTY_PLANS_URL = "/uplift-warranty-plans";
    public static final String OFFER_LIMITS_URL = "/uplift-offer-limits";
    public static final String DASHBOARD_URL = "/uplift-dashboard";
    public static final String ADD_ONS_URL = "/uplift-checkout-add-ons";
    public static final String EXPERIMENTS_URL = "/uplift-experiments";
    public static final String EMAILS_URL = "/uplift-emails";

    private final EntityManagerFactory entityManagerFactory;

    public UpliftAdminMenuInstaller(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public void install() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_MODULE WHERE ADMIN_MODULE_ID = " + MODULE_ID) == 0) {
                insertMenu(em);
                LOG.info("Uplift: added the Uplift module to the admin menu (section " + WIDGETS_URL + ")");
            }
            // sections added by later plugin versions: each inserted once, whatever version installed the module
            addSection(em, RECOMMENDATIONS_SECTION_ID, 2000, "Recommendations", "UpliftRecommendations",
                    RECOMMENDATIONS_URL, UpliftWidgetConfigImpl.class.getName(), PERM_FRIENDLY_READ, PERM_FRIENDLY_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_RELATIONS_READ) == 0) {
                insertPermissions(em, "relations", "RELATION", new long[] {PERM_RELATIONS_READ, PERM_RELATIONS_ALL,
                        PERM_FRIENDLY_RELATIONS_READ, PERM_FRIENDLY_RELATIONS_ALL}, -7120,
                        UpliftRelationImpl.class, UpliftRelation.class);
            }
            addSection(em, RELATIONS_SECTION_ID, 3000, "Relations", "UpliftRelations", RELATIONS_URL,
                    UpliftRelationImpl.class.getName(), PERM_FRIENDLY_RELATIONS_READ, PERM_FRIENDLY_RELATIONS_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_COMPARISONS_READ) == 0) {
                // the members' classes too: the versions grid (an adorned target collection) is checked against them
                insertPermissions(em, "comparisons", "COMPARISON", new long[] {PERM_COMPARISONS_READ, PERM_COMPARISONS_ALL,
                        PERM_FRIENDLY_COMPARISONS_READ, PERM_FRIENDLY_COMPARISONS_ALL}, -7130,
                        UpliftComparisonGroupImpl.class, UpliftComparisonGroup.class, UpliftComparisonMemberImpl.class,
                        UpliftComparisonMember.class);
            }
            addSection(em, COMPARISONS_SECTION_ID, 4000, "Comparisons", "UpliftComparisons", COMPARISONS_URL,
                    UpliftComparisonGroupImpl.class.getName(), PERM_FRIENDLY_COMPARISONS_READ, PERM_FRIENDLY_COMPARISONS_ALL);
            // the interface as ceiling: Broadleaf finds a class's section by its ceiling (the versions grid's URLs),
            // which must stay Uplift > Comparisons for the implementation class
            addSection(em, PROPOSALS_SECTION_ID, 5000, "Comparison proposals", "UpliftComparisonProposals", PROPOSALS_URL,
                    UpliftComparisonGroup.class.getName(), PERM_FRIENDLY_COMPARISONS_READ, PERM_FRIENDLY_COMPARISONS_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_BUNDLES_READ) == 0) {
                // the companions' class too: the companions grid (an adorned target collection) is checked against it
                insertPermissions(em, "bundles", "BUNDLE", new long[] {PERM_BUNDLES_READ, PERM_BUNDLES_ALL,
                        PERM_FRIENDLY_BUNDLES_READ, PERM_FRIENDLY_BUNDLES_ALL}, -7140,
                        UpliftBundleImpl.class, UpliftBundle.class, UpliftBundleItemImpl.class);
            }
            addSection(em, BUNDLES_SECTION_ID, 6000, "Bundles", "UpliftBundles", BUNDLES_URL,
                    UpliftBundleImpl.class.getName(), PERM_FRIENDLY_BUNDLES_READ, PERM_FRIENDLY_BUNDLES_ALL);
            // the interface as ceiling: Broadleaf finds a class's section by its ceiling (the companions grid's URLs),
            // which must stay Uplift > Bundles for the implementation class
            addSection(em, BUNDLE_SUGGESTIONS_SECTION_ID, 7000, "Bundle suggestions", "UpliftBundleSuggestions",
                    BUNDLE_SUGGESTIONS_URL, UpliftBundle.class.getName(), PERM_FRIENDLY_BUNDLES_READ,
                    PERM_FRIENDLY_BUNDLES_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_WARRANTY_READ) == 0) {
                // the categories', terms' and prices' classes too: their grids are checked against them
                insertPermissions(em, "warranty plans", "WARRANTY_PLAN", new long[] {PERM_WARRANTY_READ, PERM_WARRANTY_ALL,
                        PERM_FRIENDLY_WARRANTY_READ, PERM_FRIENDLY_WARRANTY_ALL}, -7150,
                        UpliftWarrantyPlanImpl.class, UpliftWarrantyCategoryImpl.class, UpliftWarrantyTermImpl.class,
                        UpliftWarrantyRateImpl.class);
            }
            addSection(em, WARRANTY_PLANS_SECTION_ID, 8000, "Warranty plans", "UpliftWarrantyPlans", WARRANTY_PLANS_URL,
                    UpliftWarrantyPlanImpl.class.getName(), PERM_FRIENDLY_WARRANTY_READ, PERM_FRIENDLY_WARRANTY_ALL);
            // the widgets' permission (view): the dashboard measures what the widgets do
            addSection(em, DASHBOARD_SECTION_ID, 500, "Dashboard", "UpliftDashboard", DASHBOARD_URL,
                    UpliftWidgetConfigImpl.class.getName(), PERM_FRIENDLY_READ, PERM_FRIENDLY_ALL);
            // the widgets' permission: the limits govern what the widgets show
            addSection(em, OFFER_LIMITS_SECTION_ID, 9500, "Offer limits", "UpliftOfferLimits", OFFER_LIMITS_URL,
                    UpliftWidgetConfigImpl.class.getName(), PERM_FRIENDLY_READ, PERM_FRIENDLY_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_ADD_ONS_READ) == 0) {
                insertPermissions(em, "checkout add-ons", "ADD_ON", new long[] {PERM_ADD_ONS_READ, PERM_ADD_ONS_ALL,
                        PERM_FRIENDLY_ADD_ONS_READ, PERM_FRIENDLY_ADD_ONS_ALL}, -7160, UpliftAddOnImpl.class);
            }
            addSection(em, ADD_ONS_SECTION_ID, 9000, "Checkout add-ons", "UpliftCheckoutAddOns", ADD_ONS_URL,
                    UpliftAddOnImpl.class.getName(), PERM_FRIENDLY_ADD_ONS_READ, PERM_FRIENDLY_ADD_ONS_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_EXPERIMENTS_READ) == 0) {
                insertPermissions(em, "experiments", "EXPERIMENT", new long[] {PERM_EXPERIMENTS_READ, PERM_EXPERIMENTS_ALL,
                        PERM_FRIENDLY_EXPERIMENTS_READ, PERM_FRIENDLY_EXPERIMENTS_ALL}, -7170, UpliftExperimentImpl.class);
            }
            addSection(em, EXPERIMENTS_SECTION_ID, 9700, "Experiments", "UpliftExperiments", EXPERIMENTS_URL,
                    UpliftExperimentImpl.class.getName(), PERM_FRIENDLY_EXPERIMENTS_READ, PERM_FRIENDLY_EXPERIMENTS_ALL);
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = " + PERM_EMAILS_READ) == 0) {
                insertPermissions(em, "e-mails", "EMAIL", new long[] {PERM_EMAILS_READ, PERM_EMAILS_ALL,
                        PERM_FRIENDLY_EMAILS_READ, PERM_FRIENDLY_EMAILS_ALL}, -7180, UpliftMailSettingsImpl.class,
                        UpliftMailJobImpl.class);
            }
            addSection(em, EMAILS_SECTION_ID, 9800, "E-mails", "UpliftEmails", EMAILS_URL,
                    UpliftMailSettingsImpl.class.getName(), PERM_FRIENDLY_EMAILS_READ, PERM_FRIENDLY_EMAILS_ALL);
            grantSuperUser(em);
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            LOG.error("Uplift: could not add the Uplift admin menu; the storefront is not affected", e);
        } finally {
            em.close();
        }
    }

    private static void insertMenu(EntityManager em) {
            exec(em, "INSERT INTO BLC_ADMIN_MODULE (ADMIN_MODULE_ID, NAME, MODULE_KEY, ICON, DISPLAY_ORDER) VALUES ("
                    + MODULE_ID + ", 'Uplift', 'UpliftModule', 'icon-gift', 650)");
            exec(em, "INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL,"
                    + " CEILING_ENTITY) VALUES (" + WIDGETS_SECTION_ID + ", 1000, " + MODULE_ID + ", 'Widgets', 'UpliftWidgets', '"
                    + WIDGETS_URL + "', '" + UpliftWidgetConfigImpl.class.getName() + "')");
            insertPermissions(em, "widgets", "WIDGET", new long[] {PERM_READ, PERM_ALL, PERM_FRIENDLY_READ,
                    PERM_FRIENDLY_ALL}, -7100, UpliftWidgetConfigImpl.class, UpliftWidgetConfig.class);
            exec(em, "INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES ("
                    + WIDGETS_SECTION_ID + ", " + PERM_FRIENDLY_READ + ")");
            exec(em, "INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES ("
                    + WIDGETS_SECTION_ID + ", " + PERM_FRIENDLY_ALL + ")");
    }

    private static void addSection(EntityManager em, long id, int order, String name, String key, String url,
            String ceiling, long readPermission, long allPermission) {
        if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID = " + id) > 0) {
            return;
        }
        exec(em, "INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL,"
                + " CEILING_ENTITY) VALUES (" + id + ", " + order + ", " + MODULE_ID + ", '" + name + "', '" + key + "', '"
                + url + "', '" + ceiling + "')");
        exec(em, "INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (" + id + ", "
                + readPermission + ")");
        exec(em, "INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (" + id + ", "
                + allPermission + ")");
        LOG.info("Uplift: added the admin section " + url);
    }

    /**
     * The four permission rows of one plugin entity (read and all, each plain and friendly), the plain ones on the
     * given classes, the friendly ones holding the plain ones: e.g. "View Uplift relations" /
     * "Maintain Uplift relations" (ids: read, all, friendly read, friendly all).
     */
    private static void insertPermissions(EntityManager em, String what, String key, long[] ids, long firstEntityId,
            Class<?>... ceilings) {
        permission(em, ids[0], "Read Uplift " + what, "PERMISSION_READ_UPLIFT_" + key, "READ", false);
        permission(em, ids[1], "All Uplift " + what, "PERMISSION_ALL_UPLIFT_" + key, "ALL", false);
        permission(em, ids[2], "View Uplift " + what, "PERMISSION_UPLIFT_" + key, "READ", true);
        permission(em, ids[3], "Maintain Uplift " + what, "PERMISSION_UPLIFT_" + key, "ALL", true);
        long entityId = firstEntityId;
        for (Class<?> ceiling : ceilings) {
            for (long permission : new long[] {ids[0], ids[1]}) {
                exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID)"
                        + " VALUES (" + (entityId--) + ", '" + ceiling.getName() + "', " + permission + ")");
            }
        }
        exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                + ids[2] + ", " + ids[0] + ")");
        exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                + ids[3] + ", " + ids[1] + ")");
    }

    /** Grants "maintain" to Broadleaf's super-user role ROLE_ADMIN once it exists (it may be loaded after us). */
    private static void grantSuperUser(EntityManager em) {
        if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_ROLE WHERE ADMIN_ROLE_ID = " + ROLE_ADMIN_ID) == 0) {
            LOG.warn("Uplift: Broadleaf's ROLE_ADMIN (id -1) does not exist; grant 'Maintain Uplift widgets' to a role"
                    + " in Security > Roles to see the Uplift menu");
            return;
        }
        for (long permission : new long[] {PERM_FRIENDLY_ALL, PERM_FRIENDLY_RELATIONS_ALL, PERM_FRIENDLY_COMPARISONS_ALL,
                PERM_FRIENDLY_BUNDLES_ALL, PERM_FRIENDLY_WARRANTY_ALL, PERM_FRIENDLY_ADD_ONS_ALL,
                PERM_FRIENDLY_EXPERIMENTS_ALL, PERM_FRIENDLY_EMAILS_ALL}) {
            if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_ROLE_ID = " + ROLE_ADMIN_ID
                    + " AND ADMIN_PERMISSION_ID = " + permission) == 0) {
                exec(em, "INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES ("
                        + ROLE_ADMIN_ID + ", " + permission + ")");
            }
        }
    }

    private static void permission(EntityManager em, long id, String description, String name, String type,
            boolean friendly) {
        exec(em, "INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY)"
                + " VALUES (" + id + ", '" + description + "', '" + name + "', '" + type + "', " + friendly + ")");
    }

    private static void exec(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    private static long count(EntityManager em, String sql) {
        Object n = em.createNativeQuery(sql).getSingleResult();
        return n instanceof Number ? ((Number) n).longValue() : new BigInteger(n.toString()).longValue();
    }
}
