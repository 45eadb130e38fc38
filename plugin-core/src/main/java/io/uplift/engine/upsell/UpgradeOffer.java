package io.uplift.engine.upsell;

import java.math.BigDecimal;

/**
 * "Upgrade Nova X 128 GB to 256 GB for +$100 each (twice the storage)": one cart line and the next better version of
 * its family, every text formatted on the server. Immutable.
 */
public final class UpgradeOffer {

    private final long lineId;
    private final long fromProductId;
    private final String fromName;
    private final long toProductId;
    private final String toName;
    private final String toUrl;
    private final String toImageUrl;
    private final int quantity;
    private final BigDecimal unitDelta;
    private final String deltaText;
    private final String deltaValue;
    private final String totalText;
    private final String socialProof;
    private final String scarcity;

    UpgradeOffer(long lineId, long fromProductId, String fromName, long toProductId, String toName, String toUrl,
            String toImageUrl, int quantity, BigDecimal unitDelta, String deltaText, String totalText,
            String socialProof, String scarcity) {
        this.lineId = lineId;
        this.fromProductId = fromProductId;
        this.fromName = fromName;
        this.toProductId = toProductId;
        this.toName = toName;
        this.toUrl = toUrl;
        this.toImageUrl = toImageUrl;
        this.quantity = quantity;
        this.unitDelta = unitDelta;
        this.deltaText = deltaText;
        this.deltaValue = unitDelta.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        this.totalText = totalText;
        this.socialProof = socialProof;
        this.scarcity = scarcity;
    }

    public long getLineId() {
        return lineId;
    }

    public long getFromProductId() {
        return fromProductId;
    }

    public String getFromName() {
        return fromName;
    }

    public long getToProductId() {
        return toProductId;
    }

    public String getToName() {
        return toName;
    }

    public String getToUrl() {
        return toUrl;
    }

    public String getToImageUrl() {
        return toImageUrl;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Price difference per unit, from the catalog. */
    public BigDecimal getUnitDelta() {
        return unitDelta;
    }

    /** "+$100 for twice the storage" (per unit). */
    public String getDeltaText() {
        return deltaText;
    }

    /**
     * The unit difference as plain decimal ("100.00"): the form echoes it back so that the server can refuse the
     * upgrade when the price changed since the shopper saw it. It is never used as a price.
     */
    public String getDeltaValue() {
        return deltaValue;
    }

    /** "+$200 in total" for more than one unit, else {@code null}. */
    public String getTotalText() {
        return totalText;
    }

    public String getSocialProof() {
        return socialProof;
    }

    public String getScarcity() {
        return scarcity;
    }
}
