package io.uplift.admin.dashboard;

import io.uplift.broadleaf.support.BackgroundTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One kind of configuration the storefront reads in the background (warranty plans, bundles, ...), whose rows that
 * break a rule spanning several rows (a gap between two price bands, a bundle without companions) are left out and
 * never offered: the dashboard lists them, so that a merchandiser learns why a plan or a bundle does not show. The
 * admin's copy of the table reads the same rows with the same rules as the storefront's. Shown only to admins who may
 * read {@code securedEntity}.
 */
public final class LeftOutRows {

    private final String label;
    private final String securedEntity;
    private final BackgroundTable<?> table;

    public LeftOutRows(String label, String securedEntity, BackgroundTable<?> table) {
        if (label == null || label.trim().isEmpty() || securedEntity == null || table == null) {
            throw new IllegalArgumentException("a kind of left-out rows needs a label, an entity and its table: '"
                    + label + "', '" + securedEntity + "', " + table);
        }
        this.label = label;
        this.securedEntity = securedEntity;
        this.table = table;
    }

    public String getLabel() {
        return label;
    }

    public String getSecuredEntity() {
        return securedEntity;
    }

    /** The rows left out at the table's last read, each with its reason; never null. */
    public List<String> getReasons() {
        List<String> r = table.getRejected();
        return r == null ? Collections.<String>emptyList() : new ArrayList<String>(r);
    }
}
