package io.uplift.admin.install;

import io.uplift.broadleaf.relation.domain.UpliftRelation;
import io.uplift.broadleaf.relation.domain.UpliftRelationImpl;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfig;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
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
    static final long PERM_READ = -7100;
    static final long PERM_ALL = -7101;
    static final long PERM_FRIENDLY_READ = -7110;
    static final long PERM_FRIENDLY_ALL = -7111;
    static final long PERM_RELATIONS_READ = -7102;
    static final long PERM_RELATIONS_ALL = -7103;
    static final long PERM_FRIENDLY_RELATIONS_READ = -7112;
    static final long PERM_FRIENDLY_RELATIONS_ALL = -7113;
    static final long ROLE_ADMIN_ID = -1;

    /** The sections' URLs under /admin. */
    public static final String WIDGETS_URL = "/uplift-widgets";
    public static final String RECOMMENDATIONS_URL = "/uplift-recommendations";
    public static final String RELATIONS_URL = "/uplift-relations";

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
                insertRelationPermissions(em);
            }
            addSection(em, RELATIONS_SECTION_ID, 3000, "Relations", "UpliftRelations", RELATIONS_URL,
                    UpliftRelationImpl.class.getName(), PERM_FRIENDLY_RELATIONS_READ, PERM_FRIENDLY_RELATIONS_ALL);
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
            permission(em, PERM_READ, "Read Uplift widgets", "PERMISSION_READ_UPLIFT_WIDGET", "READ", false);
            permission(em, PERM_ALL, "All Uplift widgets", "PERMISSION_ALL_UPLIFT_WIDGET", "ALL", false);
            permission(em, PERM_FRIENDLY_READ, "View Uplift widgets", "PERMISSION_UPLIFT_WIDGET", "READ", true);
            permission(em, PERM_FRIENDLY_ALL, "Maintain Uplift widgets", "PERMISSION_UPLIFT_WIDGET", "ALL", true);
            long entityId = -7100;
            for (String ceiling : new String[] {UpliftWidgetConfigImpl.class.getName(), UpliftWidgetConfig.class.getName()}) {
                exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID)"
                        + " VALUES (" + (entityId--) + ", '" + ceiling + "', " + PERM_READ + ")");
                exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID)"
                        + " VALUES (" + (entityId--) + ", '" + ceiling + "', " + PERM_ALL + ")");
            }
            exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                    + PERM_FRIENDLY_READ + ", " + PERM_READ + ")");
            exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                    + PERM_FRIENDLY_ALL + ", " + PERM_ALL + ")");
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

    private static void insertRelationPermissions(EntityManager em) {
        permission(em, PERM_RELATIONS_READ, "Read Uplift relations", "PERMISSION_READ_UPLIFT_RELATION", "READ", false);
        permission(em, PERM_RELATIONS_ALL, "All Uplift relations", "PERMISSION_ALL_UPLIFT_RELATION", "ALL", false);
        permission(em, PERM_FRIENDLY_RELATIONS_READ, "View Uplift relations", "PERMISSION_UPLIFT_RELATION", "READ", true);
        permission(em, PERM_FRIENDLY_RELATIONS_ALL, "Maintain Uplift relations", "PERMISSION_UPLIFT_RELATION", "ALL", true);
        long entityId = -7120;
        for (String ceiling : new String[] {UpliftRelationImpl.class.getName(), UpliftRelation.class.getName()}) {
            exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID)"
                    + " VALUES (" + (entityId--) + ", '" + ceiling + "', " + PERM_RELATIONS_READ + ")");
            exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID)"
                    + " VALUES (" + (entityId--) + ", '" + ceiling + "', " + PERM_RELATIONS_ALL + ")");
        }
        exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                + PERM_FRIENDLY_RELATIONS_READ + ", " + PERM_RELATIONS_READ + ")");
        exec(em, "INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES ("
                + PERM_FRIENDLY_RELATIONS_ALL + ", " + PERM_RELATIONS_ALL + ")");
    }

    /** Grants "maintain" to Broadleaf's super-user role ROLE_ADMIN once it exists (it may be loaded after us). */
    private static void grantSuperUser(EntityManager em) {
        if (count(em, "SELECT COUNT(*) FROM BLC_ADMIN_ROLE WHERE ADMIN_ROLE_ID = " + ROLE_ADMIN_ID) == 0) {
            LOG.warn("Uplift: Broadleaf's ROLE_ADMIN (id -1) does not exist; grant 'Maintain Uplift widgets' to a role"
                    + " in Security > Roles to see the Uplift menu");
            return;
        }
        for (long permission : new long[] {PERM_FRIENDLY_ALL, PERM_FRIENDLY_RELATIONS_ALL}) {
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
