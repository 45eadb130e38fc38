package io.uplift.broadleaf.slot.domain;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;

/**
 * Base of the plugin's Broadleaf enumerations (the admin offers their constants as choices). Each subclass keeps
 * its own registry of constants for {@code getInstance(type)}.
 */
public abstract class UpliftEnumeration implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private String type;
    private String friendlyType;

    protected UpliftEnumeration() {
    }

    protected UpliftEnumeration(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }
}
