package io.uplift.engine.upsell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The comparison of a viewed product with its better versions, every text formatted on the server: columns (the
 * viewed product first), rows of attributes with the differences marked, the framed price differences, social proof,
 * scarcity and the group's limited-time offer. Immutable; templates escape every text.
 */
public final class ComparisonTable {

    private final long groupId;
    private final String groupName;
    private final List<Column> columns;
    private final List<Row> rows;
    private final String offerText;
    private final String offerEndsText;

    ComparisonTable(long groupId, String groupName, List<Column> columns, List<Row> rows, String offerText,
            String offerEndsText) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.columns = Collections.unmodifiableList(new ArrayList<Column>(columns));
        this.rows = Collections.unmodifiableList(new ArrayList<Row>(rows));
        this.offerText = offerText;
        this.offerEndsText = offerEndsText;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getGroupName() {
        return groupName;
    }

    /** The viewed product first, then its better versions, next better first. */
    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The group's limited-time offer while it runs, else {@code null}. */
    public String getOfferText() {
        return offerText;
    }

    /** "Ends Dec 24, 2026", or {@code null}. */
    public String getOfferEndsText() {
        return offerEndsText;
    }

    /** True when some version shows a social-proof figure (the template then shows that row). */
    public boolean isAnySocialProof() {
        for (Column c : columns) {
            if (c.getSocialProof() != null) {
                return true;
            }
        }
        return false;
    }

    /** True when some version is low on stock (the template then shows that row). */
    public boolean isAnyScarcity() {
        for (Column c : columns) {
            if (c.getScarcity() != null) {
                return true;
            }
        }
        return false;
    }

    /** True when some version shows a per-month figure. */
    public boolean isAnyPerMonth() {
        for (Column c : columns) {
            if (c.getPerMonthText() != null) {
                return true;
            }
        }
        return false;
    }

    /** The better versions (every column but the first). */
    public List<Column> getUpgrades() {
        return columns.subList(1, columns.size());
    }

    /** One version. */
    public static final class Column {
        private final long productId;
        private final String name;
        private final String url;
        private final String imageUrl;
        private final String priceText;
        private final boolean anchor;
        private final String deltaText;
        private final String perMonthText;
        private final List<String> premium;
        private final String socialProof;
        private final Integer sharePercent;
        private final String scarcity;

        Column(long productId, String name, String url, String imageUrl, String priceText, boolean anchor,
                String deltaText, String perMonthText, List<String> premium, String socialProof, Integer sharePercent,
                String scarcity) {
            this.productId = productId;
            this.name = name;
            this.url = url;
            this.imageUrl = imageUrl;
            this.priceText = priceText;
            this.anchor = anchor;
            this.deltaText = deltaText;
            this.perMonthText = perMonthText;
            this.premium = Collections.unmodifiableList(new ArrayList<String>(premium));
            this.socialProof = socialProof;
            this.sharePercent = sharePercent;
            this.scarcity = scarcity;
        }

        public long getProductId() {
            return productId;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public String getImageUrl() {
            return imageUrl;
        }

        public String getPriceText() {
            return priceText;
        }

        /** True for the viewed product's column. */
        public boolean isAnchor() {
            return anchor;
        }

        /** "+$100 for twice the storage"; {@code null} in the viewed product's column. */
        public String getDeltaText() {
            return deltaText;
        }

        /** "+$8.34/month over 12 months", or {@code null} (framing off or viewed product). */
        public String getPerMonthText() {
            return perMonthText;
        }

        /** What this version adds over the viewed product: "Twice the storage", "50% more RAM"; never null. */
        public List<String> getPremium() {
            return premium;
        }

        /** "Chosen in 68% of 412 Nova X orders in the last 90 days", or {@code null} (sample too small). */
        public String getSocialProof() {
            return socialProof;
        }

        public Integer getSharePercent() {
            return sharePercent;
        }

        /** "Only 3 left" from real inventory, or {@code null}. */
        public String getScarcity() {
            return scarcity;
        }
    }

    /** One attribute across the versions. */
    public static final class Row {
        private final String attribute;
        private final String label;
        private final List<Cell> cells;

        Row(String attribute, String label, List<Cell> cells) {
            this.attribute = attribute;
            this.label = label;
            this.cells = Collections.unmodifiableList(new ArrayList<Cell>(cells));
        }

        public String getAttribute() {
            return attribute;
        }

        /** The attribute as a header: "Storage", "RAM". */
        public String getLabel() {
            return label;
        }

        /** One cell per column, in column order. */
        public List<Cell> getCells() {
            return cells;
        }

        /** True when any version differs from the viewed product here. */
        public boolean isDiffers() {
            for (Cell c : cells) {
                if (c.getDifference().isDifferent()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One attribute value of one version, compared with the viewed product's. */
    public static final class Cell {
        private final String value;
        private final AttributeDifference difference;

        Cell(String value, AttributeDifference difference) {
            this.value = value;
            this.difference = difference;
        }

        /** The value, or {@code null} when the version does not have the attribute (the template shows a dash). */
        public String getValue() {
            return value;
        }

        public AttributeDifference getDifference() {
            return difference;
        }

        /** True when the value differs from the viewed product's: the template highlights it. */
        public boolean isHighlighted() {
            return difference.isDifferent();
        }

        /** True when the version is better here (more, or a feature the viewed product lacks). */
        public boolean isPremium() {
            return difference.isPremium();
        }

        /** The difference as a BEM modifier: same, more, less, added, missing, other. */
        public String getCssModifier() {
            return difference.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
