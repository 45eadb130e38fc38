package io.uplift.broadleaf.bundle;

import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.junit.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.TypedQuery;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

/**
 * The recovery path of the savings offer: after a failed start-up install, pricing retries at most every 30 s, and
 * the first success ends the outage. The database is a stand-in for JPA's interfaces: down (every entity manager
 * refused) or up (the offer is found with id 77).
 */
public class BundleSavingsOfferTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AtomicBoolean databaseUp = new AtomicBoolean(false);
    private final AtomicInteger entityManagers = new AtomicInteger();
    private final BundleSavingsOffer offer = new BundleSavingsOffer(factory(), now::get);

    @Test
    public void aFailedInstallIsRetriedAtMostEveryThirtySecondsAndTheFirstSuccessEndsIt() {
        offer.install(); // the start-up install, database down
        assertNull(offer.id());
        assertEquals("id() right after a failure does not retry", 1, entityManagers.get());
        assertEquals(1, offer.failedAttempts());

        advanceSeconds(29);
        for (int i = 0; i < 100; i++) {
            assertNull(offer.id());
        }
        assertEquals("100 pricings within 30 s: no attempt", 1, entityManagers.get());

        advanceSeconds(1);
        assertNull(offer.id());
        assertEquals("30 s after the last attempt: one more", 2, entityManagers.get());
        assertEquals(2, offer.failedAttempts());

        databaseUp.set(true);
        advanceSeconds(10);
        assertNull("still within 30 s of the last attempt", offer.id());
        assertEquals(2, entityManagers.get());
        advanceSeconds(20);
        assertEquals(Long.valueOf(77), offer.id());
        assertEquals(0, offer.failedAttempts());
        assertEquals(3, entityManagers.get());

        databaseUp.set(false);
        advanceSeconds(3600);
        assertEquals("once found, the id needs no database", Long.valueOf(77), offer.id());
        assertEquals(3, entityManagers.get());
    }

    @Test
    public void withoutAStartUpInstallTheFirstIdInstallsAtOnce() {
        databaseUp.set(true);
        assertEquals(Long.valueOf(77), offer.id());
        assertEquals(1, entityManagers.get());
    }

    @Test
    public void aFactoryAndAClockAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new BundleSavingsOffer(null));
        assertThrows(IllegalArgumentException.class, () -> new BundleSavingsOffer(factory(), null));
    }

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private EntityManagerFactory factory() {
        return proxy(EntityManagerFactory.class, (p, m, a) -> {
            if (!m.getName().equals("createEntityManager")) {
                throw new UnsupportedOperationException(m.getName());
            }
            entityManagers.incrementAndGet();
            if (!databaseUp.get()) {
                throw new IllegalStateException("Connection refused (test)");
            }
            return entityManager();
        });
    }

    private static EntityManager entityManager() {
        AtomicBoolean active = new AtomicBoolean();
        EntityTransaction tx = proxy(EntityTransaction.class, (p, m, a) -> {
            switch (m.getName()) {
                case "begin":
                    active.set(true);
                    return null;
                case "commit":
                case "rollback":
                    active.set(false);
                    return null;
                case "isActive":
                    return active.get();
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
        OfferImpl existing = new OfferImpl();
        existing.setId(77L);
        existing.setName(BundleSavingsOffer.NAME);
        TypedQuery<?> query = proxy(TypedQuery.class, (p, m, a) -> {
            switch (m.getName()) {
                case "setParameter":
                    return p;
                case "getResultList":
                    return Collections.singletonList(existing);
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
        return proxy(EntityManager.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getTransaction":
                    return tx;
                case "createQuery":
                    return query;
                case "close":
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(BundleSavingsOfferTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }
}
