package io.uplift.demo.it;

import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.metamodel.source.MetadataImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Keeps the Hibernate configuration of the persistence unit that maps the plugin's entities, as Broadleaf built it
 * in this JVM (all of Broadleaf's entities plus the plugin's, class transformers applied): {@code SchemaDdlIT}
 * generates the plugin's DDL from it. Registered through {@code META-INF/services} (test class path only).
 */
public final class HibernateMappings implements Integrator {

    private static volatile Configuration blPU;

    /** The configuration of the unit with the plugin's entities; fails when no such unit was built in this JVM. */
    public static Configuration blPU() {
        DemoStoreHarness.store();
        if (blPU == null) {
            throw new IllegalStateException("no persistence unit with the Uplift entities was built in this JVM");
        }
        return blPU;
    }

    @Override
    public void integrate(Configuration configuration, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        if (configuration.getClassMapping("io.uplift.broadleaf.event.domain.UpliftEventImpl") != null) {
            blPU = configuration;
        }
    }

    @Override
    public void integrate(MetadataImplementor metadata, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        // Hibernate 4.1 builds from Configuration; the metamodel path is unused
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing held beyond the configuration
    }
}
