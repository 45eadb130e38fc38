package io.uplift.demo.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo store's catalog, defined in code so it is the same on every machine: categories, products with their
 * default SKU (price, inventory), comparable attributes, Broadleaf cross-sale and up-sale relations, and which
 * products are inactive. Ids are fixed; {@link DemoDataSeeder} writes them.
 */
public final class DemoCatalog {

    /** Free shipping from this order subtotal (the demo's banded fulfillment option). */
    public static final BigDecimal FREE_SHIPPING_THRESHOLD = new BigDecimal("75.00");
    /** Shipping below the threshold. */
    public static final BigDecimal STANDARD_SHIPPING = new BigDecimal("6.99");

    /** One category. */
    public static final class Category {
        public final long id;
        public final String name;
        public final String url;
        public final String color;

        Category(long id, String name, String url, String color) {
            this.id = id;
            this.name = name;
            this.url = url;
            this.color = color;
        }
    }

    /** One product with its default SKU. */
    public static final class Product {
        public final long id;
        public final String name;
        public final String slug;
        public final Category category;
        public final BigDecimal retailPrice;
        public final BigDecimal salePrice;
        /** Units in stock; {@code null} for services that are always available. */
        public final Integer quantity;
        public final boolean active;
        public final String description;
        public final Map<String, String> attributes;
        /** Relative popularity in the order history (0 = never ordered). */
        public final double popularity;

        Product(long id, String name, Category category, String retail, String sale, Integer quantity, boolean active,
                String description, Map<String, String> attributes, double popularity) {
            this.id = id;
            this.name = name;
            this.slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            this.category = category;
            this.retailPrice = new BigDecimal(retail);
            this.salePrice = sale == null ? null : new BigDecimal(sale);
            this.quantity = quantity;
            this.active = active;
            this.description = description;
            this.attributes = Collections.unmodifiableMap(attributes);
            this.popularity = popularity;
        }

        /** What a shopper pays per unit: the sale price if any, else the retail price. */
        public BigDecimal price() {
            return salePrice != null ? salePrice : retailPrice;
        }

        public String url() {
            return category.url + "/" + slug;
        }

        public String imageUrl() {
            return "/product-images/" + slug + ".svg";
        }
    }

    /** A "frequently bought together" bundle the demo merchandiser defined by hand in Uplift > Bundles. */
    public static final class HandBundle {
        public final String name;
        public final Product anchor;
        public final List<Product> companions;
        /** {@code PERCENT} or {@code AMOUNT}. */
        public final String discountType;
        public final BigDecimal discountValue;
        /** Days from the seed until the bundle ends, or {@code null} (never). */
        public final Integer endsInDays;

        HandBundle(String name, Product anchor, List<Product> companions, String discountType, String discountValue,
                Integer endsInDays) {
            this.name = name;
            this.anchor = anchor;
            this.companions = Collections.unmodifiableList(companions);
            this.discountType = discountType;
            this.discountValue = new BigDecimal(discountValue);
            this.endsInDays = endsInDays;
        }
    }

    public static final long ROOT_CATEGORY_ID = 1;

    private final List<Category> categories = new ArrayList<Category>();
    private final List<Product> products = new ArrayList<Product>();
    private final Map<Long, List<Long>> crossSales = new LinkedHashMap<Long, List<Long>>();
    private final Map<Long, List<Long>> upSales = new LinkedHashMap<Long, List<Long>>();
    private final List<HandBundle> bundles = new ArrayList<HandBundle>();
    private long nextProductId = 100;

    public final Category root = category(ROOT_CATEGORY_ID, "All products", "/all", "#3b4a6b");
    public final Category phones = category(2, "Phones", "/phones", "#2458d6");
    public final Category laptops = category(3, "Laptops", "/laptops", "#6b3fd1");
    public final Category phoneAccessories = category(4, "Phone accessories", "/phone-accessories", "#0e8a6a");
    public final Category computerAccessories = category(5, "Computer accessories", "/computer-accessories", "#b5470b");
    public final Category audio = category(6, "Audio", "/audio", "#c2185b");
    public final Category smallItems = category(7, "Small items", "/small-items", "#5d7d12");
    public final Category services = category(8, "Services", "/services", "#455a64");

    /** Phone families, each in good/better/best storage tiers. */
    public final List<List<Product>> phoneFamilies = new ArrayList<List<Product>>();
    /** Laptop families, each in good/better/best memory tiers. */
    public final List<List<Product>> laptopFamilies = new ArrayList<List<Product>>();
    /** Per phone family: case, screen protector, MagSafe wallet. */
    public final List<List<Product>> phoneFamilyAccessories = new ArrayList<List<Product>>();

    public final Product charger20, charger45, cableUsbC1m, cableUsbC2m, wirelessCharger, carMount, powerBank;
    public final Product mouse, ergoMouse, bag14, sleeve16, hub, keyboard, monitorStand, webcam, ssd, laptopStand, mousePad;
    public final Product earbuds, earbudsPro, headphones, speaker, kidsHeadphones, soundbar;
    public final Product cloth, cableTies, stylus, stickers, organizer, lensWipes, simTool, grip, travelAdapter, screenSpray;
    public final Product protection1, protection2, protection3, giftWrap;
    public final Product discontinuedCase, discontinuedCable;

    public DemoCatalog() {
        phoneFamily("Nova X", "6.1 in", "3,300 mAh", "48 MP", new String[] {"599.00", "699.00", "849.00"},
                new Integer[] {120, 80, 40}, 10);
        phoneFamily("Nova X Max", "6.7 in", "4,400 mAh", "48 MP", new String[] {"799.00", "899.00", "1049.00"},
                new Integer[] {70, 45, 2}, 6);
        phoneFamily("Pixelle 8", "6.2 in", "4,500 mAh", "50 MP", new String[] {"499.00", "579.00", "699.00"},
                new Integer[] {150, 90, 30}, 8);
        laptopFamily("Aero 14", "14 in", "1.2 kg", "6-core", new String[] {"899.00", "1099.00", "1399.00"},
                new Integer[] {60, 40, 15}, 5);
        laptopFamily("Forge 16", "16 in", "2.1 kg", "10-core", new String[] {"1199.00", "1399.00", "1799.00"},
                new Integer[] {35, 25, 3}, 3);

        for (List<Product> family : phoneFamilies) {
            String fam = familyName(family.get(0).name);
            List<Product> acc = new ArrayList<Product>();
            acc.add(product(fam + " Case", phoneAccessories, "29.00", null, fam.startsWith("Pixelle") ? 0 : 140,
                    "A slim, grippy case made for the " + fam + ".", attrs("fits", fam, "material", "silicone"), 6));
            acc.add(product(fam + " Screen Protector", phoneAccessories, "19.00", null, 200,
                    "Tempered glass, 9H, with an alignment frame.", attrs("fits", fam, "material", "glass"), 5));
            acc.add(product(fam + " MagSafe Wallet", phoneAccessories, "39.00", "34.00", 60,
                    "Holds three cards, snaps on magnetically.", attrs("fits", fam, "material", "leather"), 1.5));
            phoneFamilyAccessories.add(acc);
        }
        charger20 = product("20W USB-C Charger", phoneAccessories, "25.00", null, 180, "Fast-charges any USB-C phone.",
                attrs("power", "20 W", "ports", "1x USB-C"), 4);
        charger45 = product("45W Dual Charger", phoneAccessories, "45.00", "39.00", 90, "Charges a phone and a laptop at once.",
                attrs("power", "45 W", "ports", "2x USB-C"), 2);
        cableUsbC1m = product("USB-C Cable 1 m", phoneAccessories, "12.00", null, 250, "Braided USB-C to USB-C cable.",
                attrs("length", "1 m"), 4);
        cableUsbC2m = product("USB-C Cable 2 m", phoneAccessories, "16.00", null, 160, "Braided USB-C to USB-C cable.",
                attrs("length", "2 m"), 2);
        wirelessCharger = product("Wireless Charging Pad", phoneAccessories, "35.00", null, 0, "15 W Qi charging pad.",
                attrs("power", "15 W"), 2);
        carMount = product("Magnetic Car Mount", phoneAccessories, "24.00", null, 75, "Vent mount with a strong magnet.",
                attrs("mount", "air vent"), 1);
        powerBank = product("Power Bank 10,000 mAh", phoneAccessories, "39.00", null, 3, "Two full phone charges.",
                attrs("capacity", "10,000 mAh"), 2);

        mouse = product("Wireless Mouse", computerAccessories, "29.00", null, 160, "Quiet clicks, 12-month battery.",
                attrs("connection", "Bluetooth"), 5);
        ergoMouse = product("Ergonomic Mouse", computerAccessories, "59.00", null, 45, "Vertical grip for long days.",
                attrs("connection", "Bluetooth + USB"), 1.5);
        bag14 = product("Laptop Bag 14 in", computerAccessories, "69.00", "59.00", 50, "Water-resistant bag for 14-inch laptops.",
                attrs("fits", "up to 14 in"), 3);
        sleeve16 = product("Laptop Sleeve 16 in", computerAccessories, "35.00", null, 40, "Padded sleeve for 16-inch laptops.",
                attrs("fits", "up to 16 in"), 2);
        hub = product("USB-C Hub 7-in-1", computerAccessories, "49.00", null, 85, "HDMI, USB-A, SD, Ethernet, power pass-through.",
                attrs("ports", "7"), 3);
        keyboard = product("Wireless Keyboard", computerAccessories, "79.00", null, 40, "Low-profile keys, three devices.",
                attrs("layout", "US"), 1.5);
        monitorStand = product("Monitor Stand", computerAccessories, "45.00", null, 25, "Raises a monitor 12 cm.",
                attrs("material", "aluminium"), 0.8);
        webcam = product("HD Webcam", computerAccessories, "69.00", null, 0, "1080p webcam with privacy shutter.",
                attrs("resolution", "1080p"), 1.2);
        ssd = product("External SSD 1 TB", computerAccessories, "119.00", "99.00", 30, "USB-C, 1,000 MB/s.",
                attrs("capacity", "1 TB"), 1.5);
        laptopStand = product("Laptop Stand", computerAccessories, "39.00", null, 55, "Folding aluminium stand.",
                attrs("material", "aluminium"), 1.2);
        mousePad = product("Mouse Pad XL", computerAccessories, "15.00", null, 120, "Covers keyboard and mouse.",
                attrs("size", "80 x 30 cm"), 1.5);

        earbuds = product("Wireless Earbuds", audio, "79.00", null, 110, "Six hours of music per charge.",
                attrs("battery", "6 h"), 4);
        earbudsPro = product("Wireless Earbuds Pro", audio, "179.00", "159.00", 1, "Active noise cancelling.",
                attrs("battery", "8 h", "noise cancelling", "yes"), 2);
        headphones = product("Over-Ear Headphones", audio, "149.00", null, 35, "Comfortable for long flights.",
                attrs("battery", "30 h", "noise cancelling", "yes"), 1.5);
        speaker = product("Portable Speaker", audio, "59.00", null, 70, "Waterproof, 12 hours.", attrs("battery", "12 h"), 2);
        kidsHeadphones = product("Kids Headphones", audio, "29.00", null, 40, "Volume-limited to 85 dB.",
                attrs("volume limit", "85 dB"), 0.7);
        soundbar = product("Compact Soundbar", audio, "129.00", null, 20, "Clear dialogue for small rooms.",
                attrs("power", "60 W"), 0.6);

        cloth = product("Microfiber Cleaning Cloth", smallItems, "4.00", null, 400, "For screens and lenses.", attrs(), 3);
        cableTies = product("Reusable Cable Ties (10)", smallItems, "3.00", null, 300, "Velcro ties for tidy cables.", attrs(), 1.5);
        stylus = product("Capacitive Stylus", smallItems, "9.00", null, 90, "Works with any touch screen.", attrs(), 1);
        stickers = product("Sticker Pack", smallItems, "5.00", null, 150, "Twelve vinyl stickers.", attrs(), 0.8);
        organizer = product("Cable Organizer Pouch", smallItems, "12.00", null, 80, "Keeps chargers and cables together.",
                attrs(), 1.2);
        lensWipes = product("Lens Wipes (30)", smallItems, "6.00", null, 200, "Individually wrapped.", attrs(), 1);
        simTool = product("SIM Ejector Tool (3)", smallItems, "3.00", null, 250, "Spare SIM tools.", attrs(), 0.6);
        grip = product("Phone Grip", smallItems, "8.00", null, 130, "Folding grip and stand.", attrs(), 1.2);
        travelAdapter = product("Travel Adapter", smallItems, "14.00", null, 60, "Works in 150 countries.", attrs(), 0.8);
        screenSpray = product("Screen Cleaner Spray", smallItems, "7.00", null, 110, "Streak-free, 100 ml.", attrs(), 1);

        protection1 = product("Protection Plan 1 Year", services, "49.00", null, null,
                "Accidental damage cover for one device, one year.", attrs("term", "1 year", "benefit", "1 year of accidental damage cover"), 1.5);
        protection2 = product("Protection Plan 2 Years", services, "79.00", null, null,
                "Accidental damage cover for one device, two years.", attrs("term", "2 years", "benefit", "2 years of accidental damage cover"), 2);
        protection3 = product("Protection Plan 3 Years", services, "99.00", null, null,
                "Accidental damage cover for one device, three years.", attrs("term", "3 years", "benefit", "3 years of accidental damage cover"), 1);
        giftWrap = product("Gift Wrap", services, "5.00", null, null, "Wrapped with a hand-written card.",
                attrs("benefit", "gift wrap and a hand-written card"), 1);

        discontinuedCase = product("Nova 9 Case (discontinued)", phoneAccessories, "19.00", null, 25,
                "No longer sold.", attrs("fits", "Nova 9"), 0, false);
        discontinuedCable = product("Micro-USB Cable (discontinued)", phoneAccessories, "8.00", null, 90,
                "No longer sold.", attrs("length", "1 m"), 0, false);

        relate();
        bundle();
    }

    /**
     * Three bundles a merchandiser would define: a phone with its case and screen protector at 10 %, a laptop with
     * its bag and a mouse at $30 off, earbuds with travel accessories at 15 % for the next 30 days. More bundles come
     * from the admin's suggestions ({@link DemoDataSeeder} accepts the best ones).
     */
    private void bundle() {
        List<Product> novaX = phoneFamilyAccessories.get(0);
        bundles.add(new HandBundle("The Nova X starter set", phoneFamilies.get(0).get(0),
                Arrays.asList(novaX.get(0), novaX.get(1)), "PERCENT", "10", null));
        bundles.add(new HandBundle("Aero 14 work kit", laptopFamilies.get(0).get(0), Arrays.asList(bag14, mouse), "AMOUNT",
                "30", null));
        bundles.add(new HandBundle("Earbuds travel set", earbuds, Arrays.asList(organizer, cloth), "PERCENT", "15", 30));
    }

    private void relate() {
        for (int f = 0; f < phoneFamilies.size(); f++) {
            List<Product> acc = phoneFamilyAccessories.get(f);
            for (Product phone : phoneFamilies.get(f)) {
                List<Long> cross = ids(acc.get(0), acc.get(1), charger20, cableUsbC1m, acc.get(2), powerBank, wirelessCharger);
                if (f == 0) {
                    cross.add(2, discontinuedCase.id);
                }
                crossSales.put(phone.id, cross);
            }
            List<Product> tiers = phoneFamilies.get(f);
            upSales.put(tiers.get(0).id, ids(tiers.get(1), tiers.get(2)));
            upSales.put(tiers.get(1).id, ids(tiers.get(2)));
            crossSales.put(acc.get(0).id, ids(acc.get(1), cloth, grip));
            crossSales.put(acc.get(1).id, ids(acc.get(0), cloth, screenSpray));
        }
        for (List<Product> tiers : laptopFamilies) {
            Product bag = tiers.get(0).name.startsWith("Aero") ? bag14 : sleeve16;
            for (Product laptop : tiers) {
                crossSales.put(laptop.id, ids(mouse, bag, hub, webcam, discontinuedCable, ssd, laptopStand, keyboard));
            }
            upSales.put(tiers.get(0).id, ids(tiers.get(1), tiers.get(2)));
            upSales.put(tiers.get(1).id, ids(tiers.get(2)));
        }
        crossSales.put(charger20.id, ids(cableUsbC1m, cableUsbC2m, organizer));
        crossSales.put(mouse.id, ids(mousePad, ergoMouse, keyboard));
        crossSales.put(earbuds.id, ids(cloth, organizer, earbudsPro));
        crossSales.put(headphones.id, ids(travelAdapter, organizer));
        upSales.put(earbuds.id, ids(earbudsPro));
        upSales.put(protection1.id, ids(protection2, protection3));
    }

    private void phoneFamily(String name, String screen, String battery, String camera, String[] prices,
            Integer[] stock, double popularity) {
        String[] storage = {"128 GB", "256 GB", "512 GB"};
        List<Product> family = new ArrayList<Product>();
        for (int t = 0; t < 3; t++) {
            Map<String, String> a = attrs("storage", storage[t], "screen", screen, "battery", battery, "camera", camera,
                    "ram", t == 2 ? "12 GB" : "8 GB", "warranty", "1 year");
            if (t == 2) {
                a.put("satellite SOS", "yes"); // a premium feature only the best version has
            }
            family.add(product(name + " " + storage[t], phones, prices[t], null, stock[t],
                    "The " + name + " with " + storage[t] + " of storage.", a,
                    popularity * (t == 0 ? 1.0 : t == 1 ? 0.6 : 0.3)));
        }
        phoneFamilies.add(family);
    }

    private void laptopFamily(String name, String screen, String weight, String cpu, String[] prices, Integer[] stock,
            double popularity) {
        String[] ram = {"8 GB", "16 GB", "32 GB"};
        String[] storage = {"256 GB", "512 GB", "1 TB"};
        List<Product> family = new ArrayList<Product>();
        for (int t = 0; t < 3; t++) {
            Map<String, String> a = attrs("ram", ram[t], "storage", storage[t], "screen", screen, "cpu", cpu,
                    "weight", weight, "warranty", "1 year");
            if (t == 2) {
                a.put("display", "OLED"); // a premium feature only the best version has
            }
            family.add(product(name + " " + ram[t] + " RAM", laptops, prices[t], null, stock[t],
                    "The " + name + " with " + ram[t] + " of memory.", a,
                    popularity * (t == 0 ? 1.0 : t == 1 ? 0.7 : 0.3)));
        }
        laptopFamilies.add(family);
    }

    private static String familyName(String tierName) {
        return tierName.replaceAll(" \\d+ GB$", "");
    }

    private Category category(long id, String name, String url, String color) {
        Category c = new Category(id, name, url, color);
        categories.add(c);
        return c;
    }

    private Product product(String name, Category category, String retail, String sale, Integer quantity,
            String description, Map<String, String> attributes, double popularity) {
        return product(name, category, retail, sale, quantity, description, attributes, popularity, true);
    }

    private Product product(String name, Category category, String retail, String sale, Integer quantity,
            String description, Map<String, String> attributes, double popularity, boolean active) {
        Product p = new Product(nextProductId++, name, category, retail, sale, quantity, active, description, attributes,
                popularity);
        products.add(p);
        return p;
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> m = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static List<Long> ids(Product... ps) {
        List<Long> ids = new ArrayList<Long>();
        for (Product p : ps) {
            ids.add(p.id);
        }
        return ids;
    }

    public List<Category> categories() {
        return Collections.unmodifiableList(categories);
    }

    public List<Product> products() {
        return Collections.unmodifiableList(products);
    }

    /**
     * What one unit costs the shop (deterministic): devices sell at a thin margin, accessories and small items at a
     * wide one, services at the widest; so margin-aware ranking has real differences to work with.
     */
    public static BigDecimal unitCost(Product p) {
        String name = p.category.name;
        String share = "Phones".equals(name) || "Laptops".equals(name) ? "0.82"
                : "Services".equals(name) ? "0.25" : "Audio".equals(name) ? "0.62" : "0.45";
        return p.price().multiply(new BigDecimal(share)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Product product(long id) {
        for (Product p : products) {
            if (p.id == id) {
                return p;
            }
        }
        throw new IllegalArgumentException("no demo product with id " + id);
    }

    public Product productBySlug(String slug) {
        for (Product p : products) {
            if (p.slug.equals(slug)) {
                return p;
            }
        }
        return null;
    }

    /** Broadleaf cross-sale lists: product id to related product ids, in order. */
    public Map<Long, List<Long>> crossSales() {
        return Collections.unmodifiableMap(crossSales);
    }

    /** The bundles defined by hand, in id order (1, 2, ...). */
    public List<HandBundle> bundles() {
        return Collections.unmodifiableList(bundles);
    }

    /** Broadleaf up-sale lists: product id to better versions, in order. */
    public Map<Long, List<Long>> upSales() {
        return Collections.unmodifiableMap(upSales);
    }
}
