package io.uplift.demo.it;

import io.uplift.broadleaf.schema.UpliftSchemaCheck;
import io.uplift.demo.DemoDatabase;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.HSQLDialect;
import org.hibernate.dialect.MySQL5InnoDBDialect;
import org.hibernate.dialect.PostgreSQL82Dialect;
import org.hibernate.engine.spi.Mapping;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plugin's DDL as shipped under {@code plugin-core/src/main/resources/sql/<database>/}: generated with Hibernate's
 * schema export from the booted persistence unit, restricted to the plugin's {@code UPLIFT_*} tables (their tables,
 * keys, indexes and foreign keys to Broadleaf's tables), plus the row of {@code UPLIFT_SCHEMA_VERSION}.
 *
 * <p>Files: {@code uplift-schema-<n>-create.sql} creates schema version {@code n} on a database with Broadleaf's
 * tables; {@code uplift-schema-<n>-upgrade.sql} brings version {@code n-1} to {@code n}. Every create script stays in
 * the jar, so the upgrade path from each older version can be tested.</p>
 */
final class UpliftDdl {

    /** A database family with its own script directory. */
    enum Target {
        HSQLDB("hsqldb", new HSQLDialect()),
        POSTGRESQL("postgresql", new PostgreSQL82Dialect()),
        MYSQL("mysql", new MySQL5InnoDBDialect());

        final String dir;
        final Dialect dialect;

        Target(String dir, Dialect dialect) {
            this.dir = dir;
            this.dialect = dialect;
        }

        static Target of(DemoDatabase.Kind kind) {
            switch (kind) {
                case POSTGRES:
                    return POSTGRESQL;
                case MARIADB:
                    return MYSQL;
                default:
                    return HSQLDB;
            }
        }
    }

    /** Statements on the plugin's tables: create table, alter table (keys), create index ... on. */
    private static final Pattern PLUGIN_STATEMENT = Pattern.compile(
            "(?i)^(create table|alter table|create (unique )?index \\S+ on) UPLIFT_\\w+\\b.*", Pattern.DOTALL);

    private UpliftDdl() {
    }

    static boolean isPlugin(String statement) {
        return PLUGIN_STATEMENT.matcher(statement.trim()).matches();
    }

    /**
     * Hibernate's create script for {@code dialect}. Hibernate 4.1 caches each column's SQL type at its first use
     * (the booted dialect's), so the types derived from the booted dialect are cleared for the export and restored
     * after it; explicit column definitions stay.
     */
    static synchronized String[] createScript(Configuration cfg, Dialect dialect) {
        Dialect booted = Target.of(DemoStoreHarness.store().getDatabase().getKind()).dialect;
        Mapping mapping = cfg.buildMapping();
        Map<Column, String> before = new IdentityHashMap<>(); // Column.equals compares names only
        for (Iterator<Table> tables = cfg.getTableMappings(); tables.hasNext(); ) {
            for (Iterator<?> columns = tables.next().getColumnIterator(); columns.hasNext(); ) {
                Column c = (Column) columns.next();
                String cached = c.getSqlType();
                before.put(c, cached);
                if (cached != null && cached.equals(booted.getTypeName(c.getSqlTypeCode(mapping), c.getLength(),
                        c.getPrecision(), c.getScale()))) {
                    c.setSqlType(null);
                }
            }
        }
        try {
            return cfg.generateSchemaCreationScript(dialect);
        } finally {
            for (Map.Entry<Column, String> e : before.entrySet()) {
                e.getKey().setSqlType(e.getValue());
            }
        }
    }

    /** The plugin's statements of Hibernate's create script for {@code dialect}, in Hibernate's order. */
    static List<String> pluginStatements(Configuration cfg, Dialect dialect) {
        List<String> out = new ArrayList<>();
        for (String s : createScript(cfg, dialect)) {
            if (isPlugin(s)) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** Broadleaf's part of the create script (what a shop has before it installs the plugin). */
    static List<String> broadleafStatements(Configuration cfg, Dialect dialect) {
        List<String> out = new ArrayList<>();
        for (String s : createScript(cfg, dialect)) {
            if (!isPlugin(s)) {
                out.add(s.trim());
            }
        }
        return out;
    }

    static String versionRow(int version, String how) {
        return "insert into UPLIFT_SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) values (" + version + ", '" + how
                + "', CURRENT_TIMESTAMP)";
    }

    /** The create script's text for the current schema version. */
    static String createFileText(Configuration cfg, Target target) {
        int v = UpliftSchemaCheck.VERSION;
        StringBuilder sql = new StringBuilder();
        sql.append("-- Uplift schema version ").append(v).append(" for ").append(target.dir).append(" (Hibernate ")
                .append(target.dialect.getClass().getSimpleName()).append(").\n")
                .append("-- Creates the plugin's tables on a database that has Broadleaf's tables (foreign keys reference them).\n")
                .append("-- Generated by SchemaDdlIT from the plugin's entities: do not edit; regenerate with `bin/uplift ddl`.\n")
                .append("-- The plugin's other ids come from Broadleaf's SEQUENCE_GENERATOR table (rows made at first use).\n");
        for (String s : pluginStatements(cfg, target.dialect)) {
            sql.append(s).append(";\n");
        }
        sql.append(versionRow(v, "uplift-schema-" + v + "-create.sql")).append(";\n");
        return sql.toString();
    }

    /**
     * A first upgrade script: the statements of the new create script that the previous one lacks (new tables, their
     * keys and indexes). Changed columns of existing tables need ALTER statements written by hand; SchemaDdlIT checks
     * the result either way.
     */
    static String upgradeScript(List<String> previousCreate, String currentCreate, Target target) {
        int v = UpliftSchemaCheck.VERSION;
        Set<String> before = new LinkedHashSet<>(previousCreate);
        StringBuilder sql = new StringBuilder();
        sql.append("-- Uplift schema version ").append(v - 1).append(" -> ").append(v).append(" for ").append(target.dir)
                .append(".\n-- First written by `bin/uplift ddl` as the statements new in uplift-schema-").append(v)
                .append("-create.sql; reviewed by hand (ALTER for changed columns).\n");
        for (String s : statements(currentCreate)) {
            if (!before.contains(s) && isPlugin(s)) {
                sql.append(s).append(";\n");
            }
        }
        sql.append(versionRow(v, "uplift-schema-" + v + "-upgrade.sql")).append(";\n");
        return sql.toString();
    }

    /** The statements of a script file: one per {@code ;} at a line end, {@code --} comment lines skipped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.trim().startsWith("--") || line.trim().isEmpty()) {
                continue;
            }
            current.append(current.length() == 0 ? "" : "\n").append(line);
            if (line.trim().endsWith(";")) {
                String s = current.toString().trim();
                out.add(s.substring(0, s.length() - 1).trim());
                current.setLength(0);
            }
        }
        if (current.toString().trim().length() > 0) {
            throw new IllegalArgumentException("statement without ';' at the end of the script: " + current);
        }
        return out;
    }

    /** Runs every statement; fails on the first error, naming the statement. */
    static void apply(Connection c, String script, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(name + ": " + e.getMessage() + " in: " + sql, e.getSQLState(), e);
                }
            }
        }
    }

    static File dir(Target target) {
        return new File(System.getProperty("basedir", "."), "../plugin-core/src/main/resources/sql/" + target.dir);
    }

    static File createFile(Target target, int version) {
        return new File(dir(target), "uplift-schema-" + version + "-create.sql");
    }

    static File upgradeFile(Target target, int version) {
        return new File(dir(target), "uplift-schema-" + version + "-upgrade.sql");
    }

    static String read(File f) throws IOException {
        return new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8);
    }

    static void write(File f, String text) throws IOException {
        Files.createDirectories(f.getParentFile().toPath());
        Files.write(f.toPath(), text.getBytes(StandardCharsets.UTF_8));
    }
}
