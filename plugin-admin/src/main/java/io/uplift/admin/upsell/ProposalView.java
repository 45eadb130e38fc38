package io.uplift.admin.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.upsell.AttributeDifference;
import io.uplift.engine.upsell.ComparisonBuilder;
import io.uplift.engine.upsell.GroupProposal;
import io.uplift.engine.upsell.PriceText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A proposal as the admin page shows it: versions in order with prices, attributes with each version's value. */
public final class ProposalView {

    private final String key;
    private final String name;
    private final List<Version> versions;
    private final List<Attribute> attributes;

    private ProposalView(String key, String name, List<Version> versions, List<Attribute> attributes) {
        this.key = key;
        this.name = name;
        this.versions = versions;
        this.attributes = attributes;
    }

    static List<ProposalView> of(List<GroupProposal> proposals, CatalogFacts catalog) {
        List<ProposalView> out = new ArrayList<ProposalView>();
        for (GroupProposal p : proposals) {
            List<ProductFacts> facts = new ArrayList<ProductFacts>();
            List<Version> versions = new ArrayList<Version>();
            for (int i = 0; i < p.getMembers().size(); i++) {
                ProductFacts f = catalog.find(p.getMembers().get(i));
                facts.add(f);
                versions.add(new Version(p.getMembers().get(i), p.getMemberNames().get(i),
                        f == null ? "" : PriceText.format(f.getPrice(), f.getCurrency())));
            }
            List<Attribute> attributes = new ArrayList<Attribute>();
            for (String a : p.getAttributes()) {
                List<String> values = new ArrayList<String>();
                boolean differs = false;
                for (ProductFacts f : facts) {
                    String v = f == null ? null : ComparisonBuilder.value(f, a);
                    differs |= !values.isEmpty() && AttributeDifference.of(values.get(0), v).isDifferent();
                    values.add(v == null ? "" : v);
                }
                attributes.add(new Attribute(a, differs, values));
            }
            out.add(new ProposalView(p.getKey(), p.getName(), versions, attributes));
        }
        return out;
    }

    /** The accept form's value: the member ids, good first. */
    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** Good first (ordered by price). */
    public List<Version> getVersions() {
        return versions;
    }

    /** Every version has them; those that differ first. */
    public List<Attribute> getAttributes() {
        return attributes;
    }

    /** One version of a proposal. */
    public static final class Version {
        private final long productId;
        private final String name;
        private final String priceText;

        Version(long productId, String name, String priceText) {
            this.productId = productId;
            this.name = name;
            this.priceText = priceText;
        }

        public long getProductId() {
            return productId;
        }

        public String getName() {
            return name;
        }

        public String getPriceText() {
            return priceText;
        }
    }

    /** One shared attribute and each version's value, in version order. */
    public static final class Attribute {
        private final String name;
        private final boolean differs;
        private final List<String> values;

        Attribute(String name, boolean differs, List<String> values) {
            this.name = name;
            this.differs = differs;
            this.values = Collections.unmodifiableList(values);
        }

        public String getName() {
            return name;
        }

        public boolean isDiffers() {
            return differs;
        }

        public List<String> getValues() {
            return values;
        }
    }
}
