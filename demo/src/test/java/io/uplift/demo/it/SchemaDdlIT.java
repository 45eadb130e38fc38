package io.uplift.demo.it;

import io.uplift.broadleaf.schema.UpliftSchemaCheck;
import io.uplift.demo.DemoDatabase;
import org.apache.commons.dbcp.BasicDataSource;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.Mapping;
import org.hibernate.mapping.Table;
import org.hibernate.tool.hbm2ddl.DatabaseMetadata;
import org.hibernate.tool.hbm2ddl.TableMetadata;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The shipped DDL (plugin-core {@code sql/<database>/}) cannot drift from the entities: it equals Hibernate's schema
 * export of the booted persistence unit for every database family, and applied to a fresh database (next to
 * Broadleaf's tables) it gives exactly the tables, columns and types Hibernate validates against; every older
 * version's create script plus the upgrade scripts gives the same. Runs on the database of the run (HSQLDB, or
 * PostgreSQL / MariaDB with {@code bin/uplift test-db}).
 *
 * <p>{@code -Duplift.ddl.write=true} (what {@code bin/uplift ddl} passes) rewrites the create scripts of the
 * current version from the entities, and writes a first upgrade script when the version's one is missing.</p>
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // with uplift.ddl.write, the scripts are written before they are applied
public class SchemaDdlIT {

    private static final AtomicInteger SCRATCH = new AtomicInteger();

    @Test
    public void allShippedScriptsAreHibernatesSchemaOfThePluginsTablesForEveryDatabase() throws Exception {
        Configuration cfg = HibernateMappings.blPU();
        int version = UpliftSchemaCheck.VERSION;
        boolean write = Boolean.getBoolean("uplift.ddl.write");
        for (UpliftDdl.Target target : UpliftDdl.Target.values()) {
            String expected = UpliftDdl.createFileText(cfg, target);
            assertTrue("the version table is part of the schema: " + expected,
                    expected.contains("create table UPLIFT_SCHEMA_VERSION"));
            File create = UpliftDdl.createFile(target, version);
            if (write) {
                UpliftDdl.write(create, expected);
                File upgrade = UpliftDdl.upgradeFile(target, version);
                if (version > 1 && !upgrade.exists()) {
                    UpliftDdl.write(upgrade, UpliftDdl.upgradeScript(UpliftDdl.statements(
                            UpliftDdl.read(UpliftDdl.createFile(target, version - 1))), expected, target));
                }
            }
            assertTrue(create + " is missing: run bin/uplift ddl", create.isFile());
            assertEquals(create + " differs from the entities: run bin/uplift ddl (and write the upgrade script)",
                    expected, UpliftDdl.read(create));
            for (int v = 1; v <= version; v++) {
                assertTrue("create script of every version stays: " + UpliftDdl.createFile(target, v),
                        UpliftDdl.createFile(target, v).isFile());
                assertTrue("upgrade script to version " + v + ": " + UpliftDdl.upgradeFile(target, v),
                        v == 1 || UpliftDdl.upgradeFile(target, v).isFile());
            }
        }
    }

    @Test
    public void theShippedCreateScriptMakesTheTablesHibernateValidatesOnThisDatabase() throws Exception {
        UpliftDdl.Target target = UpliftDdl.Target.of(DemoStoreHarness.store().getDatabase().getKind());
        try (Scratch db = Scratch.create()) {
            db.broadleafTables(target);
            UpliftDdl.apply(db.connection, UpliftDdl.read(UpliftDdl.createFile(target, UpliftSchemaCheck.VERSION)),
                    "uplift-schema-" + UpliftSchemaCheck.VERSION + "-create.sql");
            db.assertPluginTablesValidate(target);
        }
    }

    @Test
    public void everyOlderSchemaVersionUpgradesToTheCurrentOne() throws Exception {
        UpliftDdl.Target target = UpliftDdl.Target.of(DemoStoreHarness.store().getDatabase().getKind());
        for (int from = 1; from < UpliftSchemaCheck.VERSION; from++) {
            try (Scratch db = Scratch.create()) {
                db.broadleafTables(target);
                UpliftDdl.apply(db.connection, UpliftDdl.read(UpliftDdl.createFile(target, from)),
                        "uplift-schema-" + from + "-create.sql");
                for (int v = from + 1; v <= UpliftSchemaCheck.VERSION; v++) {
                    UpliftDdl.apply(db.connection, UpliftDdl.read(UpliftDdl.upgradeFile(target, v)),
                            "uplift-schema-" + v + "-upgrade.sql");
                }
                db.assertPluginTablesValidate(target);
            }
        }
    }

    @Test
    public void aShopManagedSchemaWithoutTheTablesOrAtAnOlderVersionStopsTheStartWithWhatToRun() throws Exception {
        try (Scratch db = Scratch.create()) {
            try {
                new UpliftSchemaCheck(db.dataSource(), "validate").check();
                fail("no tables, no start");
            } catch (IllegalStateException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("uplift-schema-" + UpliftSchemaCheck.VERSION
                        + "-create.sql"));
            }
            try (Statement s = db.connection.createStatement()) {
                s.execute("CREATE TABLE UPLIFT_SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY,"
                        + " DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
                s.execute(UpliftDdl.versionRow(UpliftSchemaCheck.VERSION + 1, "from the future"));
            }
            try {
                new UpliftSchemaCheck(db.dataSource(), "none").check();
                fail("a newer schema than the code, no start");
            } catch (IllegalStateException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("schema version " + (UpliftSchemaCheck.VERSION + 1)));
            }
            try (Statement s = db.connection.createStatement()) {
                s.execute("DELETE FROM UPLIFT_SCHEMA_VERSION");
            }
            assertEquals("Hibernate-managed: the current version is recorded", UpliftSchemaCheck.VERSION,
                    new UpliftSchemaCheck(db.dataSource(), "update").check());
            assertEquals(UpliftSchemaCheck.VERSION, new UpliftSchemaCheck(db.dataSource(), "validate").check());
        }
    }

    @Test
    public void theDemoDatabaseRecordsTheCurrentSchemaVersion() throws Exception {
        assertEquals(UpliftSchemaCheck.VERSION, Sql.count("SELECT MAX(VERSION) FROM UPLIFT_SCHEMA_VERSION"));
    }

    /** An empty database (HSQLDB in memory, a PostgreSQL schema, a MariaDB database) next to the demo's. */
    static final class Scratch implements AutoCloseable {
        final DemoDatabase main;
        final String url;
        final String user;
        final String password;
        final String name;
        final String schema;
        final String catalog;
        final Connection connection;

        private Scratch(DemoDatabase main, String url, String user, String password, String name, String schema,
                String catalog) throws SQLException {
            this.main = main;
            this.url = url;
            this.user = user;
            this.password = password;
            this.name = name;
            this.schema = schema;
            this.catalog = catalog;
            this.connection = DriverManager.getConnection(url, user, password);
        }

        static Scratch create() throws SQLException {
            DemoDatabase main = DemoStoreHarness.store().getDatabase();
            String name = "uplift_ddl_" + SCRATCH.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 1000000, 36);
            String password = main.getPassword();
            switch (main.getKind()) {
                case POSTGRES:
                    try (Connection c = main.connect(); Statement s = c.createStatement()) {
                        s.execute("CREATE SCHEMA " + name);
                    }
                    return new Scratch(main, main.getUrl() + (main.getUrl().contains("?") ? "&" : "?")
                            + "currentSchema=" + name, main.getUser(), password, name, name, null);
                case MARIADB:
                    try (Connection c = main.connect(); Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb3");
                    }
                    Matcher m = Pattern.compile("(jdbc:\\w+://[^/]+/)([^?]*)(.*)").matcher(main.getUrl());
                    assertTrue(main.getUrl(), m.matches());
                    return new Scratch(main, m.group(1) + name + m.group(3), main.getUser(), password, name, null, name);
                default:
                    return new Scratch(main, "jdbc:hsqldb:mem:" + name, "SA", "", name, "PUBLIC", null);
            }
        }

        BasicDataSource dataSource() {
            BasicDataSource ds = new BasicDataSource();
            ds.setDriverClassName(main.getKind().getDriver());
            ds.setUrl(url);
            ds.setUsername(user);
            ds.setPassword(password);
            return ds;
        }

        /** Broadleaf's tables, as a shop has them before it installs the plugin (made by Hibernate's export). */
        void broadleafTables(UpliftDdl.Target target) throws SQLException {
            List<String> failed = new ArrayList<>();
            try (Statement s = connection.createStatement()) {
                for (String sql : UpliftDdl.broadleafStatements(HibernateMappings.blPU(), target.dialect)) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        failed.add(sql + ": " + e.getMessage());
                    }
                }
            }
            try (ResultSet rs = connection.getMetaData().getTables(catalog, schema, fold("BLC_PRODUCT"), null)) {
                assertTrue("Broadleaf's tables were made; failed statements: " + failed, rs.next());
            }
        }

        /** Every UPLIFT_ table exists with the columns and types the entities need (Hibernate's validation). */
        void assertPluginTablesValidate(UpliftDdl.Target target) throws Exception {
            Configuration cfg = HibernateMappings.blPU();
            Mapping mapping = cfg.buildMapping();
            DatabaseMetadata meta = new DatabaseMetadata(connection, target.dialect);
            int tables = 0;
            for (Iterator<Table> it = cfg.getTableMappings(); it.hasNext(); ) {
                Table table = it.next();
                if (!table.isPhysicalTable() || !table.getName().toUpperCase(Locale.ROOT).startsWith("UPLIFT_")) {
                    continue;
                }
                TableMetadata found = meta.getTableMetadata(table.getName(), schema, catalog, table.isQuoted());
                assertNotNull("table " + table.getName() + " made by the script", found);
                table.validateColumns(target.dialect, mapping, found);
                tables++;
            }
            assertTrue("the plugin's tables were checked: " + tables, tables >= 18);
            boolean uniqueKey = false;
            try (ResultSet rs = connection.getMetaData().getIndexInfo(catalog, schema, fold("UPLIFT_EVENT"), true, false)) {
                while (rs.next()) {
                    uniqueKey |= "IDEMPOTENCY_KEY".equalsIgnoreCase(rs.getString("COLUMN_NAME"));
                }
            }
            assertTrue("the events' idempotency key is unique", uniqueKey);
            assertEquals("the scripts record the schema version", UpliftSchemaCheck.VERSION,
                    new UpliftSchemaCheck(dataSource(), "validate").check());
        }

        /** The name as the database stores unquoted identifiers. */
        String fold(String name) throws SQLException {
            return connection.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            try (Connection c = main.getKind() == DemoDatabase.Kind.HSQLDB
                    ? DriverManager.getConnection(url, user, password) : main.connect();
                 Statement s = c.createStatement()) {
                switch (main.getKind()) {
                    case POSTGRES:
                        s.execute("DROP SCHEMA " + name + " CASCADE");
                        break;
                    case MARIADB:
                        s.execute("DROP DATABASE " + name);
                        break;
                    default:
                        s.execute("SHUTDOWN");
                }
            }
        }
    }
}
