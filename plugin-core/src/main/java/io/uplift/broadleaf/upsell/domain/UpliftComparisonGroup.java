package io.uplift.broadleaf.upsell.domain;

import java.util.Date;
import java.util.List;

/** A comparison group (good/better/best versions of one product), as the admin edits it. */
public interface UpliftComparisonGroup {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    Boolean getEnabled();

    void setEnabled(Boolean enabled);

    String getAttributes();

    void setAttributes(String attributes);

    String getOfferText();

    void setOfferText(String offerText);

    Date getOfferEnds();

    void setOfferEnds(Date offerEnds);

    List<UpliftComparisonMember> getMembers();

    void setMembers(List<UpliftComparisonMember> members);
}
