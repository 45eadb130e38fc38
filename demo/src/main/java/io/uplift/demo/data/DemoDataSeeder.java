package io.uplift.demo.data;

import io.uplift.demo.data.DemoCatalog.Category;
import io.uplift.demo.data.DemoCatalog.Product;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.basket.Basket;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.BundleSuggestion;
import io.uplift.engine.bundle.BundleSuggestionSettings;
import io.uplift.engine.bundle.SuggestedBundle;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.score.PairScorers;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.learn.ModelHolder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Fills a new demo database on the site's first start, after Hibernate created the tables: Broadleaf's admin
 * security rows and the demo admin user, the {@link DemoCatalog}, a free-shipping fulfillment option, customers and
 * the {@link OrderHistoryGenerator} order history, all with plain JDBC batches in one transaction. Then moves
 * Broadleaf's id generators past the inserted ids so later real checkouts do not collide.
 *
 * <p>Idempotent: it does nothing when the catalog already has products (the file database survives restarts).</p>
 */
public class DemoDataSeeder {

    private static final Log LOG = LogFactory.getLog(DemoDataSeeder.class);

    /** Fixed seed: every machine gets the same history. */
    public static final long SEED = 20261123L;
    public static final int CUSTOMERS = 1200;
    public static final int ORDERS = 5400;
    public static final int DAYS = 90;
    public static final String SHOPPER_LOGIN = "shopper@example.com";
    public static final long STANDARD_SHIPPING_OPTION_ID = 1;
    /** Bundles accepted from the suggestions, after the ones defined by hand. */
    public static final int ACCEPTED_SUGGESTIONS = 3;

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jon",
        "Kira", "Liam", "Mona", "Nils", "Olga", "Pau", "Quinn", "Rosa", "Sami", "Tara"};
    private static final String[] LAST = {"Adams", "Berg", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Hill", "Ito",
        "Jensen", "Khan", "Lopez", "Meyer", "Novak", "Olsen", "Park", "Quist", "Rossi", "Silva", "Tanaka"};
    private static final String[][] PLACES = {{"San Francisco", "CA", "94103"}, {"New York", "NY", "10001"},
        {"Austin", "TX", "73301"}, {"Seattle", "WA", "98101"}, {"Chicago", "IL", "60601"}};

    private DataSource dataSource;

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seeds a new database; does nothing on one that has a catalog. */
    public void seed() throws SQLException, IOException {
        long t0 = System.nanoTime();
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM BLC_PRODUCT") > 0) {
                c.rollback();
                return;
            }
            long now = System.currentTimeMillis();
            loadAdminSecurity(c);
            DemoCatalog catalog = new DemoCatalog();
            referenceData(c);
            catalog(c, catalog, new Timestamp(now - 400L * 86_400_000L));
            fulfillment(c);
            comparisonGroups(c, catalog, now);
            customers(c, now);
            List<OrderHistoryGenerator.Order> history = new OrderHistoryGenerator(catalog, SEED).generate(ORDERS,
                    CUSTOMERS, DAYS);
            int lines = orders(c, catalog, history, now);
            lines += shopperOpenOrder(c, catalog, now);
            long b0 = System.nanoTime();
            int bundles = bundles(c, catalog, history, now);
            long bundleMillis = (System.nanoTime() - b0) / 1_000_000;
            warrantyPlans(c, catalog);
            checkoutAddOns(c);
            moveIdGenerators(c);
            c.commit();
            LOG.info(String.format("Demo data seeded: %d products in %d categories, %d customers, %d orders (%d lines)"
                    + " over %d days, %d bundles (%d ms), in %d ms", catalog.products().size(),
                    catalog.categories().size() - 1, CUSTOMERS, ORDERS, lines, DAYS, bundles, bundleMillis,
                    (System.nanoTime() - t0) / 1_000_000));
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.close();
        }
    }

    /** Broadleaf's own admin roles, permissions and menu (the SQL files in broadleaf-framework) and the demo admin. */
    private void loadAdminSecurity(Connection c) throws SQLException, IOException {
        if (count(c, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = -1") == 0) {
            Statement s = c.createStatement();
            for (String file : Arrays.asList("load_admin_permissions", "load_admin_roles", "load_admin_menu")) {
                for (String sql : statements("/config/bc/sql/" + file + ".sql")) {
                    s.addBatch(sql);
                }
            }
            s.executeBatch();
            s.close();
        }
        if (count(c, "SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE LOGIN = 'admin'") == 0) {
            // the demo uses Broadleaf's plain-text password encoder without a salt source: the stored value is the password
            exec(c, "INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                    + " VALUES (1, TRUE, 'admin@example.com', 'admin', 'Demo Admin', 'admin')");
            exec(c, "INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (1, -1)");
        }
    }

    static List<String> statements(String resource) throws IOException {
        InputStream in = DemoDataSeeder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Broadleaf SQL not on the class path: " + resource);
        }
        List<String> out = new ArrayList<String>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.trim();
                if (t.startsWith("INSERT") || t.startsWith("UPDATE")) {
                    out.add(t.endsWith(";") ? t.substring(0, t.length() - 1) : t);
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private void referenceData(Connection c) throws SQLException {
        if (count(c, "SELECT COUNT(*) FROM BLC_CURRENCY WHERE CURRENCY_CODE = 'USD'") == 0) {
            exec(c, "INSERT INTO BLC_CURRENCY (CURRENCY_CODE, DEFAULT_FLAG, FRIENDLY_NAME) VALUES ('USD', TRUE, 'US Dollar')");
        }
        if (count(c, "SELECT COUNT(*) FROM BLC_COUNTRY WHERE ABBREVIATION = 'US'") == 0) {
            exec(c, "INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('US', 'United States')");
        }
        String[][] states = {{"CA", "California"}, {"NY", "New York"}, {"TX", "Texas"}, {"WA", "Washington"}, {"IL", "Illinois"}};
        for (String[] st : states) {
            if (count(c, "SELECT COUNT(*) FROM BLC_STATE WHERE ABBREVIATION = '" + st[0] + "'") == 0) {
                exec(c, "INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('" + st[0] + "', '" + st[1] + "', 'US')");
            }
        }
        if (count(c, "SELECT COUNT(*) FROM BLC_LOCALE") == 0) {
            exec(c, "INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE, USE_IN_SEARCH_INDEX)"
                    + " VALUES ('en_US', TRUE, 'English (US)', 'USD', TRUE)");
        }
        // what Broadleaf's Solr indexer indexes: product name, manufacturer, description (text), price
        if (count(c, "SELECT COUNT(*) FROM BLC_FIELD") == 0) {
            String[][] fields = {{"1", "name", "name", "t"}, {"2", "manufacturer", "mfg", "t"},
                {"3", "defaultSku.description", "desc", "t"}, {"4", "defaultSku.price", "price", "p"}};
            for (String[] f : fields) {
                exec(c, "INSERT INTO BLC_FIELD (FIELD_ID, ENTITY_TYPE, PROPERTY_NAME, ABBREVIATION, SEARCHABLE, TRANSLATABLE)"
                        + " VALUES (" + f[0] + ", 'PRODUCT', '" + f[1] + "', '" + f[2] + "', " + !"p".equals(f[3]) + ", FALSE)");
                exec(c, "INSERT INTO BLC_FIELD_SEARCH_TYPES (FIELD_ID, SEARCHABLE_FIELD_TYPE) VALUES (" + f[0] + ", '" + f[3] + "')");
            }
        }
        if (count(c, "SELECT COUNT(*) FROM BLC_ROLE WHERE ROLE_ID = 1") == 0) {
            exec(c, "INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (1, 'ROLE_USER')");
        }
    }

    private void catalog(Connection c, DemoCatalog catalog, Timestamp start) throws SQLException {
        PreparedStatement cat = c.prepareStatement("INSERT INTO BLC_CATEGORY (CATEGORY_ID, NAME, DESCRIPTION, URL, ACTIVE_START_DATE,"
                + " ARCHIVED, DEFAULT_PARENT_CATEGORY_ID) VALUES (?,?,?,?,?,'N',?)");
        PreparedStatement xref = c.prepareStatement("INSERT INTO BLC_CATEGORY_XREF (CATEGORY_XREF_ID, CATEGORY_ID, SUB_CATEGORY_ID,"
                + " DISPLAY_ORDER) VALUES (?,?,?,?)");
        int order = 0;
        for (Category k : catalog.categories()) {
            cat.setLong(1, k.id);
            cat.setString(2, k.name);
            cat.setString(3, k.name);
            cat.setString(4, k.url);
            cat.setTimestamp(5, start);
            if (k.id == DemoCatalog.ROOT_CATEGORY_ID) {
                cat.setNull(6, java.sql.Types.BIGINT);
            } else {
                cat.setLong(6, DemoCatalog.ROOT_CATEGORY_ID);
                xref.setLong(1, k.id);
                xref.setLong(2, DemoCatalog.ROOT_CATEGORY_ID);
                xref.setLong(3, k.id);
                xref.setBigDecimal(4, BigDecimal.valueOf(++order));
                xref.addBatch();
            }
            cat.addBatch();
        }
        cat.executeBatch();
        xref.executeBatch();

        PreparedStatement sku = c.prepareStatement("INSERT INTO BLC_SKU (SKU_ID, NAME, DESCRIPTION, RETAIL_PRICE, SALE_PRICE,"
                + " ACTIVE_START_DATE, ACTIVE_END_DATE, AVAILABLE_FLAG, DISCOUNTABLE_FLAG, TAXABLE_FLAG, INVENTORY_TYPE,"
                + " QUANTITY_AVAILABLE, CURRENCY_CODE, DEFAULT_PRODUCT_ID) VALUES (?,?,?,?,?,?,?,'Y','Y','N',?,?,'USD',NULL)");
        PreparedStatement prod = c.prepareStatement("INSERT INTO BLC_PRODUCT (PRODUCT_ID, DEFAULT_SKU_ID, URL, ARCHIVED,"
                + " IS_FEATURED_PRODUCT, MANUFACTURE, DEFAULT_CATEGORY_ID, CAN_SELL_WITHOUT_OPTIONS) VALUES (?,?,?,'N',?,?,?,TRUE)");
        PreparedStatement skuProduct = c.prepareStatement("UPDATE BLC_SKU SET DEFAULT_PRODUCT_ID = ? WHERE SKU_ID = ?");
        PreparedStatement catProd = c.prepareStatement("INSERT INTO BLC_CATEGORY_PRODUCT_XREF (CATEGORY_PRODUCT_ID, CATEGORY_ID,"
                + " PRODUCT_ID, DISPLAY_ORDER) VALUES (?,?,?,?)");
        PreparedStatement attr = c.prepareStatement("INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE,"
                + " SEARCHABLE, PRODUCT_ID) VALUES (?,?,?,FALSE,?)");
        // unit cost as the SKU attribute "cost" (3.1 has no cost field): Uplift's margin-aware ranking reads it
        PreparedStatement cost = c.prepareStatement("INSERT INTO BLC_SKU_ATTRIBUTE (SKU_ATTR_ID, NAME, VALUE, SEARCHABLE,"
                + " SKU_ID) VALUES (?,'cost',?,FALSE,?)");
        PreparedStatement media = c.prepareStatement("INSERT INTO BLC_MEDIA (MEDIA_ID, URL, TITLE, ALT_TEXT) VALUES (?,?,?,?)");
        PreparedStatement skuMedia = c.prepareStatement("INSERT INTO BLC_SKU_MEDIA_MAP (BLC_SKU_SKU_ID, MEDIA_ID, MAP_KEY)"
                + " VALUES (?,?,'primary')");
        Timestamp ended = new Timestamp(start.getTime() + 200L * 86_400_000L);
        long attrId = 1;
        long catProdId = 1;
        for (Product p : catalog.products()) {
            sku.setLong(1, p.id);
            sku.setString(2, p.name);
            sku.setString(3, p.description);
            sku.setBigDecimal(4, p.retailPrice);
            sku.setBigDecimal(5, p.salePrice);
            sku.setTimestamp(6, start);
            sku.setTimestamp(7, p.active ? null : ended);
            sku.setString(8, p.quantity == null ? "ALWAYS_AVAILABLE" : "CHECK_QUANTITY");
            if (p.quantity == null) {
                sku.setNull(9, java.sql.Types.INTEGER);
            } else {
                sku.setInt(9, p.quantity);
            }
            sku.addBatch();
            prod.setLong(1, p.id);
            prod.setLong(2, p.id);
            prod.setString(3, p.url());
            prod.setBoolean(4, p.popularity >= 5);
            prod.setString(5, p.category == catalog.services ? "Uplift Care" : "Demo Devices");
            prod.setLong(6, p.category.id);
            prod.addBatch();
            skuProduct.setLong(1, p.id);
            skuProduct.setLong(2, p.id);
            skuProduct.addBatch();
            catProd.setLong(1, catProdId++);
            catProd.setLong(2, p.category.id);
            catProd.setLong(3, p.id);
            catProd.setBigDecimal(4, BigDecimal.valueOf(p.id));
            catProd.addBatch();
            for (Map.Entry<String, String> a : p.attributes.entrySet()) {
                attr.setLong(1, attrId++);
                attr.setString(2, a.getKey());
                attr.setString(3, a.getValue());
                attr.setLong(4, p.id);
                attr.addBatch();
            }
            cost.setLong(1, p.id);
            cost.setString(2, DemoCatalog.unitCost(p).toPlainString());
            cost.setLong(3, p.id);
            cost.addBatch();
            media.setLong(1, p.id);
            media.setString(2, p.imageUrl());
            media.setString(3, p.name);
            media.setString(4, p.name);
            media.addBatch();
            skuMedia.setLong(1, p.id);
            skuMedia.setLong(2, p.id);
            skuMedia.addBatch();
        }
        sku.executeBatch();
        prod.executeBatch();
        skuProduct.executeBatch();
        catProd.executeBatch();
        attr.executeBatch();
        cost.executeBatch();
        media.executeBatch();
        skuMedia.executeBatch();

        relations(c, "BLC_PRODUCT_CROSS_SALE", "CROSS_SALE_PRODUCT_ID", catalog.crossSales());
        relations(c, "BLC_PRODUCT_UP_SALE", "UP_SALE_PRODUCT_ID", catalog.upSales());
    }

    private void relations(Connection c, String table, String idColumn, Map<Long, List<Long>> relations) throws SQLException {
        PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + idColumn + ", PRODUCT_ID,"
                + " RELATED_SALE_PRODUCT_ID, SEQUENCE) VALUES (?,?,?,?)");
        long id = 1;
        for (Map.Entry<Long, List<Long>> e : relations.entrySet()) {
            int seq = 1;
            for (Long target : e.getValue()) {
                ps.setLong(1, id++);
                ps.setLong(2, e.getKey());
                ps.setLong(3, target);
                ps.setBigDecimal(4, BigDecimal.valueOf(seq++));
                ps.addBatch();
            }
        }
        ps.executeBatch();
    }

    /**
     * Uplift comparison groups as a merchandiser would define them in Uplift > Comparisons: two phone families (one
     * with a limited-time offer running for two weeks) and both laptop families. The Pixelle 8 phones, the earbuds
     * and the protection plans are left for the admin's proposals (from the up-sale lists), to accept there.
     */
    private void comparisonGroups(Connection c, DemoCatalog catalog, long now) throws SQLException {
        PreparedStatement group = c.prepareStatement("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED,"
                + " ATTRIBUTES, OFFER_TEXT, OFFER_ENDS) VALUES (?,?,?,?,?,?)");
        PreparedStatement member = c.prepareStatement("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID,"
                + " PRODUCT_ID, SEQUENCE) VALUES (?,?,?,?)");
        long groupId = 1;
        long memberId = 1;
        List<List<DemoCatalog.Product>> families = new ArrayList<List<DemoCatalog.Product>>();
        families.add(catalog.phoneFamilies.get(0));
        families.add(catalog.phoneFamilies.get(1));
        families.addAll(catalog.laptopFamilies);
        for (List<DemoCatalog.Product> family : families) {
            boolean phone = family.get(0).category == catalog.phones;
            group.setLong(1, groupId);
            group.setString(2, family.get(0).name.replaceAll(" (\\d+ GB|\\d+ GB RAM)$", ""));
            group.setBoolean(3, true);
            group.setString(4, phone ? "storage, ram, satellite SOS, battery, screen, camera"
                    : "ram, storage, display, cpu, screen, weight");
            boolean offer = groupId == 2;
            group.setString(5, offer ? "Holiday week: order by the end date for delivery before the holidays" : null);
            group.setTimestamp(6, offer ? new Timestamp(now + 14L * 86_400_000L) : null);
            group.addBatch();
            int seq = 1;
            for (DemoCatalog.Product p : family) {
                member.setLong(1, memberId++);
                member.setLong(2, groupId);
                member.setLong(3, p.id);
                member.setBigDecimal(4, BigDecimal.valueOf(seq++));
                member.addBatch();
            }
            groupId++;
        }
        group.executeBatch();
        member.executeBatch();
    }

    /**
     * Uplift bundles: the ones defined by hand ({@link DemoCatalog#bundles()}), then the best
     * {@value #ACCEPTED_SUGGESTIONS} suggestions as the admin's Uplift > Bundle suggestions would list them, accepted
     * as its "Accept" button does: the engine's co-purchase statistics learned from the generated orders (the
     * storefront's default scorer and row length, so the figures are the ones its first rebuild computes), the
     * suggester with its default settings, the anchors of the hand-made bundles skipped.
     *
     * @return how many bundles were inserted
     */
    private int bundles(Connection c, DemoCatalog catalog, List<OrderHistoryGenerator.Order> history, long now)
            throws SQLException {
        Map<Bundle, String> origins = new LinkedHashMap<Bundle, String>();
        Set<Long> anchored = new LinkedHashSet<Long>();
        for (DemoCatalog.HandBundle h : catalog.bundles()) {
            List<Long> companions = new ArrayList<Long>();
            for (Product p : h.companions) {
                companions.add(p.id);
            }
            origins.put(new Bundle(origins.size() + 1, h.name, h.anchor.id, companions,
                    Bundle.DiscountType.valueOf(h.discountType), h.discountValue, null,
                    h.endsInDays == null ? null : new Date(now + h.endsInDays * 86_400_000L)), "defined by hand");
            anchored.add(h.anchor.id);
        }
        CatalogFacts facts = facts(catalog);
        List<Long> products = new ArrayList<Long>();
        for (Product p : catalog.products()) {
            products.add(p.id);
        }
        BundleSuggestionSettings settings = BundleSuggestionSettings.defaults();
        // protection plans are sold only with the item they cover: never part of a bundle
        Set<Long> plans = new LinkedHashSet<Long>(Arrays.asList(catalog.protection1.id, catalog.protection2.id,
                catalog.protection3.id));
        List<BundleSuggestion> suggestions = settings.suggest(facts, learn(history), products, anchored, plans);
        for (BundleSuggestion s : suggestions.subList(0, Math.min(ACCEPTED_SUGGESTIONS, suggestions.size()))) {
            SuggestedBundle accepted = SuggestedBundle.of(s, facts, settings.getDiscountPercent(), new Date(now));
            Bundle b = accepted.getBundle();
            origins.put(new Bundle(origins.size() + 1, b.getName(), b.getAnchorProductId(), b.getCompanions(),
                    b.getDiscountType(), b.getDiscountValue(), b.getStarts(), b.getEnds()), accepted.getOrigin());
        }
        PreparedStatement insertBundle = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED,"
                + " ANCHOR_PRODUCT_ID, DISCOUNT_TYPE, DISCOUNT_VALUE, STARTS, ENDS, ORIGIN) VALUES (?,?,TRUE,?,?,?,?,?,?)");
        PreparedStatement insertItem = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID,"
                + " SEQUENCE) VALUES (?,?,?,?)");
        long itemId = 1;
        for (Map.Entry<Bundle, String> e : origins.entrySet()) {
            Bundle b = e.getKey();
            insertBundle.setLong(1, b.getId());
            insertBundle.setString(2, b.getName());
            insertBundle.setLong(3, b.getAnchorProductId());
            insertBundle.setString(4, b.getDiscountType().name());
            insertBundle.setBigDecimal(5, b.getDiscountValue());
            insertBundle.setTimestamp(6, b.getStarts() == null ? null : new Timestamp(b.getStarts().getTime()));
            insertBundle.setTimestamp(7, b.getEnds() == null ? null : new Timestamp(b.getEnds().getTime()));
            insertBundle.setString(8, e.getValue());
            insertBundle.addBatch();
            for (int i = 0; i < b.getCompanions().size(); i++) {
                insertItem.setLong(1, itemId++);
                insertItem.setLong(2, b.getId());
                insertItem.setLong(3, b.getCompanions().get(i));
                insertItem.setBigDecimal(4, BigDecimal.valueOf(i + 1));
                insertItem.addBatch();
            }
        }
        insertBundle.executeBatch();
        insertItem.executeBatch();
        return origins.size();
    }

    /**
     * Warranty plans: "Device protection" (Acme Care) for phones and laptops from 100.00, 1 year at a fixed 49.00
     * under 800.00 and 69.00 from 800.00, 2 years 10 % (floor 79.00, ceiling 199.00), 3 years 14 % (floor 99.00,
     * ceiling 279.00); "Audio care" (SoundSafe) for audio from 50.00 up to under 500.00, 1 year 19.00, 2 years 29.00.
     * Their cart lines are the catalog's "Protection Plan 1/2/3 Years" products.
     */
    private static void warrantyPlans(Connection c, DemoCatalog catalog) throws SQLException {
        exec(c, "INSERT INTO UPLIFT_WARRANTY_PLAN (PLAN_ID, NAME, PROVIDER, ENABLED, TERMS_TEXT, MIN_PRICE, MAX_PRICE)"
                + " VALUES (1, 'Device protection', 'Acme Care', TRUE, 'Covers accidental damage (drops, spills, cracked"
                + " screens) and breakdowns after the maker''s warranty, for one device. Repair or replacement within 5"
                + " working days; no excess.', 100.00, NULL)");
        exec(c, "INSERT INTO UPLIFT_WARRANTY_PLAN (PLAN_ID, NAME, PROVIDER, ENABLED, TERMS_TEXT, MIN_PRICE, MAX_PRICE)"
                + " VALUES (2, 'Audio care', 'SoundSafe', TRUE, 'Covers breakdowns and accidental damage of one audio"
                + " device; replacement by post.', 50.00, 500.00)");
        exec(c, "INSERT INTO UPLIFT_WARRANTY_CATEGORY (ITEM_ID, PLAN_ID, CATEGORY_ID, SEQUENCE) VALUES (1, 1, "
                + catalog.phones.id + ", 1), (2, 1, " + catalog.laptops.id + ", 2), (3, 2, " + catalog.audio.id + ", 1)");
        exec(c, "INSERT INTO UPLIFT_WARRANTY_TERM (TERM_ID, PLAN_ID, YEARS, PRODUCT_ID, SEQUENCE) VALUES"
                + " (1, 1, 1, " + catalog.protection1.id + ", 1), (2, 1, 2, " + catalog.protection2.id + ", 2),"
                + " (3, 1, 3, " + catalog.protection3.id + ", 3), (4, 2, 1, " + catalog.protection1.id + ", 1),"
                + " (5, 2, 2, " + catalog.protection2.id + ", 2)");
        exec(c, "INSERT INTO UPLIFT_WARRANTY_RATE (RATE_ID, PLAN_ID, YEARS, BAND_FROM, BAND_TO, AMOUNT, PERCENT,"
                + " FLOOR_PRICE, CEILING_PRICE) VALUES"
                + " (1, 1, 1, NULL, 800.00, 49.00, NULL, NULL, NULL), (2, 1, 1, 800.00, NULL, 69.00, NULL, NULL, NULL),"
                + " (3, 1, 2, NULL, NULL, NULL, 10.00, 79.00, 199.00), (4, 1, 3, NULL, NULL, NULL, 14.00, 99.00, 279.00),"
                + " (5, 2, 1, NULL, NULL, 19.00, NULL, NULL, NULL), (6, 2, 2, NULL, NULL, 29.00, NULL, NULL, NULL)");
    }

    /**
     * Checkout add-ons: "Gift wrap" at a fixed 4.99 and "Shipping insurance" at 2 % of the merchandise subtotal, at
     * least 1.99 and at most 24.99; both on.
     */
    private static void checkoutAddOns(Connection c) throws SQLException {
        exec(c, "INSERT INTO UPLIFT_ADD_ON (ADD_ON_ID, NAME, DESCRIPTION, KIND, AMOUNT, PERCENT, FLOOR_PRICE,"
                + " CEILING_PRICE, ENABLED, DISPLAY_ORDER) VALUES"
                + " (1, 'Gift wrap', 'Your whole order wrapped in recycled paper with a card for your message.',"
                + " 'GIFT_WRAP', 4.99, NULL, NULL, NULL, TRUE, 10),"
                + " (2, 'Shipping insurance', 'Covers loss and damage in transit: we replace or refund at once.',"
                + " 'SHIPPING_INSURANCE', NULL, 2.00, 1.99, 24.99, TRUE, 20)");
    }

    /** The co-purchase statistics of the generated orders, as the storefront's learner computes them. */
    private static CoPurchaseModel learn(List<OrderHistoryGenerator.Order> history) {
        ModelHolder<CoPurchaseModel> holder = new ModelHolder<CoPurchaseModel>(CoPurchaseModelLearner.empty(
                PairScorers.DEFAULT, CoPurchaseSettings.DEFAULT_ROW_LENGTH));
        CoPurchaseModelLearner learner = new CoPurchaseModelLearner(holder, PairScorers.DEFAULT,
                CoPurchaseSettings.DEFAULT_ROW_LENGTH);
        for (int i = 0; i < history.size(); i++) {
            OrderHistoryGenerator.Order o = history.get(i);
            long[] ids = new long[o.lines.size()];
            int n = 0;
            for (Product p : o.lines.keySet()) {
                ids[n++] = p.id;
            }
            learner.add(new Basket(i + 1, o.customerIndex + 1, 0, ids));
        }
        learner.publish(1);
        return holder.get();
    }

    /** The demo catalog as the engine sees it: buyable when active and in stock (or not tracked). */
    private static CatalogFacts facts(DemoCatalog catalog) {
        final Map<Long, ProductFacts> facts = new HashMap<Long, ProductFacts>();
        for (Product p : catalog.products()) {
            facts.put(p.id, new ProductFacts(p.id, p.name, p.url(), p.price(), "USD", p.imageUrl(), p.active,
                    p.active && (p.quantity == null || p.quantity > 0), p.quantity));
        }
        return facts::get;
    }

    /** Standard shipping as a banded-price option: 6.99 below the threshold, free from it. */
    private void fulfillment(Connection c) throws SQLException {
        exec(c, "INSERT INTO BLC_FULFILLMENT_OPTION (FULFILLMENT_OPTION_ID, FULFILLMENT_TYPE, NAME, LONG_DESCRIPTION, TAXABLE,"
                + " USE_FLAT_RATES) VALUES (" + STANDARD_SHIPPING_OPTION_ID + ", 'PHYSICAL_SHIP', 'Standard shipping',"
                + " 'Free from $" + DemoCatalog.FREE_SHIPPING_THRESHOLD + "; 3-5 business days', FALSE, FALSE)");
        exec(c, "INSERT INTO BLC_FULFILLMENT_OPT_BANDED_PRC (FULFILLMENT_OPTION_ID) VALUES (" + STANDARD_SHIPPING_OPTION_ID + ")");
        exec(c, "INSERT INTO BLC_FULFILLMENT_PRICE_BAND (FULFILLMENT_PRICE_BAND_ID, RESULT_AMOUNT, RESULT_AMOUNT_TYPE,"
                + " RETAIL_PRICE_MINIMUM_AMOUNT, FULFILLMENT_OPTION_ID) VALUES (1, " + DemoCatalog.STANDARD_SHIPPING
                + ", 'RATE', 0, " + STANDARD_SHIPPING_OPTION_ID + ")");
        exec(c, "INSERT INTO BLC_FULFILLMENT_PRICE_BAND (FULFILLMENT_PRICE_BAND_ID, RESULT_AMOUNT, RESULT_AMOUNT_TYPE,"
                + " RETAIL_PRICE_MINIMUM_AMOUNT, FULFILLMENT_OPTION_ID) VALUES (2, 0, 'RATE', "
                + DemoCatalog.FREE_SHIPPING_THRESHOLD + ", " + STANDARD_SHIPPING_OPTION_ID + ")");
    }

    private void customers(Connection c, long now) throws SQLException {
        PreparedStatement cust = c.prepareStatement("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME,"
                + " LAST_NAME, PASSWORD, IS_REGISTERED, DEACTIVATED, RECEIVE_EMAIL, PASSWORD_CHANGE_REQUIRED, IS_PREVIEW,"
                + " DATE_CREATED) VALUES (?,?,?,?,?,'demo',TRUE,FALSE,TRUE,FALSE,FALSE,?)");
        PreparedStatement role = c.prepareStatement("INSERT INTO BLC_CUSTOMER_ROLE (CUSTOMER_ROLE_ID, CUSTOMER_ID, ROLE_ID)"
                + " VALUES (?,?,1)");
        PreparedStatement addr = c.prepareStatement("INSERT INTO BLC_ADDRESS (ADDRESS_ID, FIRST_NAME, LAST_NAME, ADDRESS_LINE1,"
                + " CITY, STATE_PROV_REGION, POSTAL_CODE, COUNTRY, IS_ACTIVE, IS_DEFAULT, IS_BUSINESS, STANDARDIZED)"
                + " VALUES (?,?,?,?,?,?,?,'US',TRUE,TRUE,FALSE,FALSE)");
        for (int i = 0; i < CUSTOMERS; i++) {
            long id = i + 1;
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            String email = i == 0 ? SHOPPER_LOGIN : (first + "." + last + "." + id + "@example.com").toLowerCase();
            cust.setLong(1, id);
            cust.setString(2, email);
            cust.setString(3, email);
            cust.setString(4, first);
            cust.setString(5, last);
            cust.setTimestamp(6, new Timestamp(now - 120L * 86_400_000L));
            cust.addBatch();
            role.setLong(1, id);
            role.setLong(2, id);
            role.addBatch();
            String[] place = PLACES[i % PLACES.length];
            addr.setLong(1, id);
            addr.setString(2, first);
            addr.setString(3, last);
            addr.setString(4, (10 + i % 890) + " Market Street");
            addr.setString(5, place[0]);
            addr.setString(6, place[1]);
            addr.setString(7, place[2]);
            addr.addBatch();
        }
        cust.executeBatch();
        role.executeBatch();
        addr.executeBatch();
    }

    private int orders(Connection c, DemoCatalog catalog, List<OrderHistoryGenerator.Order> orders, long now)
            throws SQLException {
        PreparedStatement order = c.prepareStatement("INSERT INTO BLC_ORDER (ORDER_ID, ORDER_NUMBER, NAME, ORDER_STATUS, CUSTOMER_ID,"
                + " EMAIL_ADDRESS, DATE_CREATED, SUBMIT_DATE, ORDER_SUBTOTAL, TOTAL_SHIPPING, TOTAL_TAX, ORDER_TOTAL,"
                + " CURRENCY_CODE, TAX_OVERRIDE, IS_PREVIEW) VALUES (?,?,NULL,'SUBMITTED',?,?,?,?,?,?,0,?,'USD',FALSE,FALSE)");
        PreparedStatement item = c.prepareStatement("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, ORDER_ITEM_TYPE,"
                + " QUANTITY, PRICE, RETAIL_PRICE, SALE_PRICE, RETAIL_PRICE_OVERRIDE, SALE_PRICE_OVERRIDE, ITEM_TAXABLE_FLAG,"
                + " DISCOUNTS_ALLOWED, CATEGORY_ID) VALUES (?,?,?,'org.broadleafcommerce.core.order.domain.DiscreteOrderItem',"
                + "?,?,?,?,FALSE,FALSE,FALSE,TRUE,?)");
        PreparedStatement discrete = c.prepareStatement("INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID,"
                + " BASE_RETAIL_PRICE, BASE_SALE_PRICE) VALUES (?,?,?,?,?)");
        PreparedStatement detail = c.prepareStatement("INSERT INTO BLC_ORDER_ITEM_PRICE_DTL (ORDER_ITEM_PRICE_DTL_ID, ORDER_ITEM_ID,"
                + " QUANTITY, USE_SALE_PRICE) VALUES (?,?,?,?)");
        PreparedStatement group = c.prepareStatement("INSERT INTO BLC_FULFILLMENT_GROUP (FULFILLMENT_GROUP_ID, ORDER_ID, ADDRESS_ID,"
                + " FULFILLMENT_OPTION_ID, IS_PRIMARY, TYPE, STATUS, RETAIL_PRICE, SALE_PRICE, PRICE, MERCHANDISE_TOTAL, TOTAL,"
                + " TOTAL_TAX, TOTAL_ITEM_TAX, TOTAL_FEE_TAX, TOTAL_FG_TAX, SHIPPING_PRICE_TAXABLE, SHIPPING_OVERRIDE)"
                + " VALUES (?,?,?,?,TRUE,'PHYSICAL_SHIP','FULFILLED',?,?,?,?,?,0,0,0,0,FALSE,FALSE)");
        PreparedStatement groupItem = c.prepareStatement("INSERT INTO BLC_FULFILLMENT_GROUP_ITEM (FULFILLMENT_GROUP_ITEM_ID,"
                + " FULFILLMENT_GROUP_ID, ORDER_ITEM_ID, QUANTITY, STATUS, TOTAL_ITEM_AMOUNT, TOTAL_ITEM_TAXABLE_AMOUNT,"
                + " TOTAL_ITEM_TAX, PRORATED_ORDER_ADJ) VALUES (?,?,?,?,'FULFILLED',?,0,0,0)");
        PreparedStatement payment = c.prepareStatement("INSERT INTO BLC_ORDER_PAYMENT (ORDER_PAYMENT_ID, ORDER_ID, AMOUNT,"
                + " GATEWAY_TYPE, PAYMENT_TYPE, ARCHIVED, REFERENCE_NUMBER, ADDRESS_ID) VALUES (?,?,?,'Passthrough','COD','N',?,?)");
        PreparedStatement transaction = c.prepareStatement("INSERT INTO BLC_ORDER_PAYMENT_TRANSACTION (PAYMENT_TRANSACTION_ID,"
                + " ORDER_PAYMENT, TRANSACTION_AMOUNT, TRANSACTION_TYPE, SUCCESS, DATE_RECORDED, ARCHIVED)"
                + " VALUES (?,?,?,'AUTHORIZE_AND_CAPTURE',TRUE,?,'N')");
        long itemId = 1;
        int lines = 0;
        for (int i = 0; i < orders.size(); i++) {
            OrderHistoryGenerator.Order o = orders.get(i);
            long orderId = i + 1;
            long customerId = o.customerIndex + 1;
            Timestamp when = new Timestamp(now - (long) (o.daysAgo * 86_400_000L));
            BigDecimal subtotal = BigDecimal.ZERO;
            for (Map.Entry<Product, Integer> line : o.lines.entrySet()) {
                Product p = line.getKey();
                int qty = line.getValue();
                BigDecimal total = p.price().multiply(BigDecimal.valueOf(qty));
                subtotal = subtotal.add(total);
                item.setLong(1, itemId);
                item.setLong(2, orderId);
                item.setString(3, p.name);
                item.setInt(4, qty);
                item.setBigDecimal(5, p.price());
                item.setBigDecimal(6, p.retailPrice);
                item.setBigDecimal(7, p.salePrice);
                item.setLong(8, p.category.id);
                item.addBatch();
                discrete.setLong(1, itemId);
                discrete.setLong(2, p.id);
                discrete.setLong(3, p.id);
                discrete.setBigDecimal(4, p.retailPrice);
                discrete.setBigDecimal(5, p.salePrice);
                discrete.addBatch();
                detail.setLong(1, itemId);
                detail.setLong(2, itemId);
                detail.setInt(3, qty);
                detail.setBoolean(4, p.salePrice != null);
                detail.addBatch();
                groupItem.setLong(1, itemId);
                groupItem.setLong(2, orderId);
                groupItem.setLong(3, itemId);
                groupItem.setInt(4, qty);
                groupItem.setBigDecimal(5, total);
                groupItem.addBatch();
                itemId++;
                lines++;
            }
            BigDecimal shipping = subtotal.compareTo(DemoCatalog.FREE_SHIPPING_THRESHOLD) >= 0 ? BigDecimal.ZERO
                    : DemoCatalog.STANDARD_SHIPPING;
            BigDecimal total = subtotal.add(shipping);
            String number = String.format("D%06d", orderId);
            order.setLong(1, orderId);
            order.setString(2, number);
            order.setLong(3, customerId);
            order.setString(4, o.customerIndex == 0 ? SHOPPER_LOGIN : "customer" + customerId + "@example.com");
            order.setTimestamp(5, when);
            order.setTimestamp(6, when);
            order.setBigDecimal(7, subtotal);
            order.setBigDecimal(8, shipping);
            order.setBigDecimal(9, total);
            order.addBatch();
            group.setLong(1, orderId);
            group.setLong(2, orderId);
            group.setLong(3, customerId);
            group.setLong(4, STANDARD_SHIPPING_OPTION_ID);
            group.setBigDecimal(5, shipping);
            group.setBigDecimal(6, shipping);
            group.setBigDecimal(7, shipping);
            group.setBigDecimal(8, subtotal);
            group.setBigDecimal(9, total);
            group.addBatch();
            payment.setLong(1, orderId);
            payment.setLong(2, orderId);
            payment.setBigDecimal(3, total);
            payment.setString(4, number);
            payment.setLong(5, customerId);
            payment.addBatch();
            transaction.setLong(1, orderId);
            transaction.setLong(2, orderId);
            transaction.setBigDecimal(3, total);
            transaction.setTimestamp(4, when);
            transaction.addBatch();
            if (i % 500 == 499) {
                flush(order, item, discrete, detail, group, groupItem, payment, transaction);
            }
        }
        flush(order, item, discrete, detail, group, groupItem, payment, transaction);
        return lines;
    }

    /**
     * The demo shopper's order history beyond the generated (fulfilled) orders: one of them (the highest id) marked
     * SHIPPED, and one order placed yesterday that is not fulfilled yet (no fulfillment status), so it can still be
     * cancelled and added to: Aero 14 16 GB RAM (1,099.00) with the "Device protection" 2-year plan as its child line
     * (10 % = 109.90, the plan's three attributes, priced by override like the storefront does) and a Laptop Bag
     * 14 in (59.00 on sale); total 1,267.90, free shipping. Returns the lines written.
     */
    private static int shopperOpenOrder(Connection c, DemoCatalog catalog, long now) throws SQLException {
        exec(c, "UPDATE BLC_FULFILLMENT_GROUP SET STATUS = 'SHIPPED' WHERE ORDER_ID = (SELECT MAX(ORDER_ID) FROM BLC_ORDER"
                + " WHERE CUSTOMER_ID = 1)");
        Product laptop = catalog.laptopFamilies.get(0).get(1);
        Product plan = catalog.protection2;
        Product bag = catalog.bag14;
        BigDecimal planPrice = new BigDecimal("109.90");
        long orderId = count(c, "SELECT MAX(ORDER_ID) FROM BLC_ORDER") + 1;
        long item = count(c, "SELECT MAX(ORDER_ITEM_ID) FROM BLC_ORDER_ITEM") + 1;
        long fgItem = count(c, "SELECT MAX(FULFILLMENT_GROUP_ITEM_ID) FROM BLC_FULFILLMENT_GROUP_ITEM") + 1;
        long detail = count(c, "SELECT MAX(ORDER_ITEM_PRICE_DTL_ID) FROM BLC_ORDER_ITEM_PRICE_DTL") + 1;
        BigDecimal subtotal = laptop.price().add(planPrice).add(bag.price());
        Timestamp when = new Timestamp(now - 86_400_000L);
        String number = String.format("D%06d", orderId);
        exec(c, "INSERT INTO BLC_ORDER (ORDER_ID, ORDER_NUMBER, ORDER_STATUS, CUSTOMER_ID, EMAIL_ADDRESS, DATE_CREATED,"
                + " SUBMIT_DATE, ORDER_SUBTOTAL, TOTAL_SHIPPING, TOTAL_TAX, ORDER_TOTAL, CURRENCY_CODE, TAX_OVERRIDE, IS_PREVIEW)"
                + " VALUES (" + orderId + ", '" + number + "', 'SUBMITTED', 1, '" + SHOPPER_LOGIN + "', TIMESTAMP '" + when
                + "', TIMESTAMP '" + when + "', " + subtotal + ", 0, 0, " + subtotal + ", 'USD', FALSE, FALSE)");
        exec(c, "INSERT INTO BLC_FULFILLMENT_GROUP (FULFILLMENT_GROUP_ID, ORDER_ID, ADDRESS_ID, FULFILLMENT_OPTION_ID,"
                + " IS_PRIMARY, TYPE, STATUS, RETAIL_PRICE, SALE_PRICE, PRICE, MERCHANDISE_TOTAL, TOTAL, TOTAL_TAX,"
                + " TOTAL_ITEM_TAX, TOTAL_FEE_TAX, TOTAL_FG_TAX, SHIPPING_PRICE_TAXABLE, SHIPPING_OVERRIDE) VALUES (" + orderId
                + ", " + orderId + ", 1, " + STANDARD_SHIPPING_OPTION_ID + ", TRUE, 'PHYSICAL_SHIP', NULL, 0, 0, 0, "
                + subtotal + ", " + subtotal + ", 0, 0, 0, 0, FALSE, FALSE)");
        long laptopLine = item;
        Object[][] lines = {{laptop, null, laptop.price()}, {plan, laptopLine, planPrice}, {bag, null, bag.price()}};
        for (Object[] line : lines) {
            Product p = (Product) line[0];
            Long parent = (Long) line[1];
            BigDecimal price = (BigDecimal) line[2];
            boolean override = parent != null;
            exec(c, "INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, PARENT_ORDER_ITEM_ID, NAME, ORDER_ITEM_TYPE,"
                    + " QUANTITY, PRICE, RETAIL_PRICE, SALE_PRICE, RETAIL_PRICE_OVERRIDE, SALE_PRICE_OVERRIDE,"
                    + " ITEM_TAXABLE_FLAG, DISCOUNTS_ALLOWED, CATEGORY_ID) VALUES (" + item + ", " + orderId + ", " + parent
                    + ", '" + p.name + "', 'org.broadleafcommerce.core.order.domain.DiscreteOrderItem', 1, " + price + ", "
                    + (override ? price : p.retailPrice) + ", " + (override ? price : p.salePrice) + ", " + override
                    + ", " + override + ", FALSE, TRUE, " + p.category.id + ")");
            exec(c, "INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID, BASE_RETAIL_PRICE,"
                    + " BASE_SALE_PRICE) VALUES (" + item + ", " + p.id + ", " + p.id + ", " + p.retailPrice + ", "
                    + p.salePrice + ")");
            exec(c, "INSERT INTO BLC_ORDER_ITEM_PRICE_DTL (ORDER_ITEM_PRICE_DTL_ID, ORDER_ITEM_ID, QUANTITY, USE_SALE_PRICE)"
                    + " VALUES (" + detail++ + ", " + item + ", 1, " + (override || p.salePrice != null) + ")");
            exec(c, "INSERT INTO BLC_FULFILLMENT_GROUP_ITEM (FULFILLMENT_GROUP_ITEM_ID, FULFILLMENT_GROUP_ID, ORDER_ITEM_ID,"
                    + " QUANTITY, STATUS, TOTAL_ITEM_AMOUNT, TOTAL_ITEM_TAXABLE_AMOUNT, TOTAL_ITEM_TAX, PRORATED_ORDER_ADJ)"
                    + " VALUES (" + fgItem++ + ", " + orderId + ", " + item + ", 1, NULL, " + price + ", 0, 0, 0)");
            if (parent != null) {
                long attr = count(c, "SELECT COALESCE(MAX(ORDER_ITEM_ATTRIBUTE_ID), 0) FROM BLC_ORDER_ITEM_ATTRIBUTE") + 1;
                exec(c, "INSERT INTO BLC_ORDER_ITEM_ATTRIBUTE (ORDER_ITEM_ATTRIBUTE_ID, NAME, VALUE, ORDER_ITEM_ID) VALUES ("
                        + attr + ", 'upliftWarrantyPlan', '1', " + item + "), (" + (attr + 1) + ", 'upliftWarrantyYears', '2', "
                        + item + "), (" + (attr + 2) + ", 'upliftWarrantyFor', '" + parent + "', " + item + ")");
            }
            item++;
        }
        long payment = count(c, "SELECT MAX(ORDER_PAYMENT_ID) FROM BLC_ORDER_PAYMENT") + 1;
        long transaction = count(c, "SELECT MAX(PAYMENT_TRANSACTION_ID) FROM BLC_ORDER_PAYMENT_TRANSACTION") + 1;
        exec(c, "INSERT INTO BLC_ORDER_PAYMENT (ORDER_PAYMENT_ID, ORDER_ID, AMOUNT, GATEWAY_TYPE, PAYMENT_TYPE, ARCHIVED,"
                + " REFERENCE_NUMBER, ADDRESS_ID) VALUES (" + payment + ", " + orderId + ", " + subtotal
                + ", 'Passthrough', 'COD', 'N', '" + number + "', 1)");
        exec(c, "INSERT INTO BLC_ORDER_PAYMENT_TRANSACTION (PAYMENT_TRANSACTION_ID, ORDER_PAYMENT, TRANSACTION_AMOUNT,"
                + " TRANSACTION_TYPE, SUCCESS, DATE_RECORDED, ARCHIVED) VALUES (" + transaction + ", " + payment + ", "
                + subtotal + ", 'AUTHORIZE_AND_CAPTURE', TRUE, TIMESTAMP '" + when + "', 'N')");
        return lines.length;
    }

    /** Runs the batches in foreign-key order. */
    private static void flush(PreparedStatement... inOrder) throws SQLException {
        for (PreparedStatement ps : inOrder) {
            ps.executeBatch();
        }
    }

    /**
     * Broadleaf hands out ids in blocks of 50 from SEQUENCE_GENERATOR (ID_VAL-49..ID_VAL): start each generator
     * past the seeded ids. Customers draw ids from BLC_ID_GENERATION.
     */
    private void moveIdGenerators(Connection c) throws SQLException {
        Map<String, String> generators = new LinkedHashMap<String, String>();
        generators.put("CategoryImpl", "BLC_CATEGORY.CATEGORY_ID");
        generators.put("CategoryXrefImpl", "BLC_CATEGORY_XREF.CATEGORY_XREF_ID");
        generators.put("CategoryProductXrefImpl", "BLC_CATEGORY_PRODUCT_XREF.CATEGORY_PRODUCT_ID");
        generators.put("ProductImpl", "BLC_PRODUCT.PRODUCT_ID");
        generators.put("SkuImpl", "BLC_SKU.SKU_ID");
        generators.put("ProductAttributeImpl", "BLC_PRODUCT_ATTRIBUTE.PRODUCT_ATTRIBUTE_ID");
        generators.put("MediaImpl", "BLC_MEDIA.MEDIA_ID");
        generators.put("SkuAttributeImpl", "BLC_SKU_ATTRIBUTE.SKU_ATTR_ID");
        generators.put("CrossSaleProductImpl", "BLC_PRODUCT_CROSS_SALE.CROSS_SALE_PRODUCT_ID");
        generators.put("UpSaleProductImpl", "BLC_PRODUCT_UP_SALE.UP_SALE_PRODUCT_ID");
        generators.put("UpliftComparisonGroupImpl", "UPLIFT_COMPARISON_GROUP.GROUP_ID");
        generators.put("UpliftComparisonMemberImpl", "UPLIFT_COMPARISON_MEMBER.MEMBER_ID");
        generators.put("UpliftBundleImpl", "UPLIFT_BUNDLE.BUNDLE_ID");
        generators.put("UpliftBundleItemImpl", "UPLIFT_BUNDLE_ITEM.ITEM_ID");
        generators.put("UpliftWarrantyPlanImpl", "UPLIFT_WARRANTY_PLAN.PLAN_ID");
        generators.put("UpliftWarrantyCategoryImpl", "UPLIFT_WARRANTY_CATEGORY.ITEM_ID");
        generators.put("UpliftWarrantyTermImpl", "UPLIFT_WARRANTY_TERM.TERM_ID");
        generators.put("UpliftWarrantyRateImpl", "UPLIFT_WARRANTY_RATE.RATE_ID");
        generators.put("UpliftAddOnImpl", "UPLIFT_ADD_ON.ADD_ON_ID");
        generators.put("AddressImpl", "BLC_ADDRESS.ADDRESS_ID");
        generators.put("CustomerRoleImpl", "BLC_CUSTOMER_ROLE.CUSTOMER_ROLE_ID");
        generators.put("OrderImpl", "BLC_ORDER.ORDER_ID");
        generators.put("OrderItemImpl", "BLC_ORDER_ITEM.ORDER_ITEM_ID");
        generators.put("OrderItemAttributeImpl", "BLC_ORDER_ITEM_ATTRIBUTE.ORDER_ITEM_ATTRIBUTE_ID");
        generators.put("OrderItemPriceDetailImpl", "BLC_ORDER_ITEM_PRICE_DTL.ORDER_ITEM_PRICE_DTL_ID");
        generators.put("FulfillmentGroupImpl", "BLC_FULFILLMENT_GROUP.FULFILLMENT_GROUP_ID");
        generators.put("FulfillmentGroupItemImpl", "BLC_FULFILLMENT_GROUP_ITEM.FULFILLMENT_GROUP_ITEM_ID");
        generators.put("OrderPaymentImpl", "BLC_ORDER_PAYMENT.ORDER_PAYMENT_ID");
        generators.put("PaymentTransactionImpl", "BLC_ORDER_PAYMENT_TRANSACTION.PAYMENT_TRANSACTION_ID");
        generators.put("FulfillmentOptionImpl", "BLC_FULFILLMENT_OPTION.FULFILLMENT_OPTION_ID");
        generators.put("FulfillmentPriceBandImpl", "BLC_FULFILLMENT_PRICE_BAND.FULFILLMENT_PRICE_BAND_ID");
        generators.put("AdminUserImpl", "BLC_ADMIN_USER.ADMIN_USER_ID");
        generators.put("FieldImpl", "BLC_FIELD.FIELD_ID");
        for (Map.Entry<String, String> g : generators.entrySet()) {
            String[] tc = g.getValue().split("\\.");
            long next = count(c, "SELECT COALESCE(MAX(" + tc[1] + "), 0) FROM " + tc[0]) + 1 + 50;
            PreparedStatement up = c.prepareStatement("UPDATE SEQUENCE_GENERATOR SET ID_VAL = ? WHERE ID_NAME = ? AND ID_VAL < ?");
            up.setLong(1, next);
            up.setString(2, g.getKey());
            up.setLong(3, next);
            up.executeUpdate();
            up.close();
            if (count(c, "SELECT COUNT(*) FROM SEQUENCE_GENERATOR WHERE ID_NAME = '" + g.getKey() + "'") == 0) {
                exec(c, "INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('" + g.getKey() + "', " + next + ")");
            }
        }
        String customerType = "org.broadleafcommerce.profile.core.domain.Customer";
        long nextCustomer = count(c, "SELECT COALESCE(MAX(CUSTOMER_ID), 0) FROM BLC_CUSTOMER") + 1000;
        if (count(c, "SELECT COUNT(*) FROM BLC_ID_GENERATION WHERE ID_TYPE = '" + customerType + "'") == 0) {
            exec(c, "INSERT INTO BLC_ID_GENERATION (ID_TYPE, BATCH_SIZE, BATCH_START, VERSION) VALUES ('" + customerType
                    + "', 100, " + nextCustomer + ", 0)");
        } else {
            exec(c, "UPDATE BLC_ID_GENERATION SET BATCH_START = " + nextCustomer + " WHERE ID_TYPE = '" + customerType
                    + "' AND BATCH_START < " + nextCustomer);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        Statement s = c.createStatement();
        try {
            s.executeUpdate(sql);
        } finally {
            s.close();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        Statement s = c.createStatement();
        try {
            ResultSet rs = s.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        } finally {
            s.close();
        }
    }
}
