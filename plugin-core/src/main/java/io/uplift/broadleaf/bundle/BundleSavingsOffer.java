package io.uplift.broadleaf.bundle;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * The Broadleaf offer the bundle savings hang on. Broadleaf's order adjustment needs an offer (OFFER_ID is not
 * nullable), so the plugin keeps one of its own, "Uplift bundle savings", that Broadleaf itself can never apply: an
 * ORDER offer worth 0, not added automatically, with no offer code and no customer assignment, so it is never among
 * the offers Broadleaf's {@code OfferActivity} considers. It shows in the admin's offer list with a description that
 * says so; editing it changes nothing the plugin does.
 *
 * <p>Created on first start ({@link #install()}, idempotent; the site and the admin may both run it). Should two
 * nodes create it at the same moment, the one with the lowest id is kept and the others archived; the pricing step
 * recognises its adjustments by the offer's name as well as its id, so adjustments on an archived twin are still
 * its own. Thread-safe.</p>
 *
 * <p>If the start-up install fails (the database is down or refuses), pricing asks again through {@link #id()}, at
 * most once per {@link #RETRY_NANOS} (30 s), so an outage costs a cart's pricing one failed attempt every 30 s, not
 * one per page. The first failure of an outage is logged as an error with its cause, the repeats at debug level, and
 * the install that ends it says after how many failed attempts.</p>
 */
public class BundleSavingsOffer {

    private static final Log LOG = LogFactory.getLog(BundleSavingsOffer.class);

    public static final String NAME = "Uplift bundle savings";
    static final String DESCRIPTION = "Holds the bundle savings the Uplift plugin computes while pricing a cart"
            + " (Uplift > Bundles). Broadleaf never applies it: it has no code, is not automatic and is worth 0."
            + " Do not delete it; changing it has no effect.";

    /** The least time between two installs after a failed one. */
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final EntityManagerFactory entityManagerFactory;
    private final LongSupplier nanoTime;
    private volatile Long offerId;
    /** Guarded by this: failed installs since the last success, and when the next may run. */
    private int failedAttempts;
    private boolean attempted;
    private long lastAttemptNanos;

    public BundleSavingsOffer(EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, System::nanoTime);
    }

    BundleSavingsOffer(EntityManagerFactory entityManagerFactory, LongSupplier nanoTime) {
        if (entityManagerFactory == null || nanoTime == null) {
            throw new IllegalArgumentException("an entity manager factory and a clock are required");
        }
        this.entityManagerFactory = entityManagerFactory;
        this.nanoTime = nanoTime;
    }

    /** Finds or creates the offer; logs and carries on if the database refuses (a later {@link #id()} retries). */
    public synchronized void install() {
        attempted = true;
        lastAttemptNanos = nanoTime.getAsLong();
        EntityManager em = null;
        try {
            em = entityManagerFactory.createEntityManager();
            em.getTransaction().begin();
            List<OfferImpl> found = find(em);
            if (found.isEmpty()) {
                em.persist(create());
                em.flush();
                found = find(em);
                LOG.info("Uplift: created the offer '" + NAME + "' that holds bundle savings (id " + found.get(0).getId()
                        + ")");
            }
            for (OfferImpl twin : found.subList(1, found.size())) {
                twin.setArchived('Y');
            }
            em.getTransaction().commit();
            offerId = found.get(0).getId();
            if (failedAttempts > 0) {
                LOG.info("Uplift: the offer '" + NAME + "' is in place after " + failedAttempts + " failed attempt"
                        + (failedAttempts == 1 ? "" : "s") + "; bundle savings apply again");
            }
            failedAttempts = 0;
        } catch (RuntimeException e) {
            if (em != null && em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            failedAttempts++;
            String message = "Uplift: could not find or create the offer '" + NAME + "' (attempt " + failedAttempts
                    + "); bundles are priced without savings until it exists (retried at most every 30 s)";
            if (failedAttempts == 1) {
                LOG.error(message, e);
            } else if (LOG.isDebugEnabled()) {
                LOG.debug(message + ": " + e);
            }
        } finally {
            if (em != null) {
                em.close();
            }
        }
    }

    /**
     * The offer's id, installing it first if the start-up install failed and the last attempt is at least
     * {@link #RETRY_NANOS} old; {@code null} while it cannot.
     */
    public Long id() {
        if (offerId == null) {
            synchronized (this) {
                if (offerId == null && (!attempted || nanoTime.getAsLong() - lastAttemptNanos >= RETRY_NANOS)) {
                    install();
                }
            }
        }
        return offerId;
    }

    /** Failed installs since the last success (for tests and diagnostics). */
    synchronized int failedAttempts() {
        return failedAttempts;
    }

    /** Whether an adjustment on this offer is the plugin's (by id, or by name for an archived twin). */
    public boolean holds(Offer offer) {
        return offer != null && (offer.getId() != null && offer.getId().equals(offerId) || NAME.equals(offer.getName()));
    }

    private static List<OfferImpl> find(EntityManager em) {
        return em.createQuery("SELECT o FROM " + OfferImpl.class.getName() + " o WHERE o.name = :name"
                + " AND (o.archiveStatus.archived IS NULL OR o.archiveStatus.archived <> 'Y') ORDER BY o.id",
                OfferImpl.class).setParameter("name", NAME).getResultList();
    }

    private static OfferImpl create() {
        OfferImpl offer = new OfferImpl();
        offer.setName(NAME);
        offer.setDescription(DESCRIPTION);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(BigDecimal.ZERO);
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setMaxUsesPerCustomer(0L);
        offer.setStartDate(new Date());
        return offer;
    }
}
