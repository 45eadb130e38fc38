package io.uplift.engine.upsell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A comparison group the plugin proposes to the admin; accepting it creates the group. Immutable. */
public final class GroupProposal {

    private final String name;
    private final List<Long> members;
    private final List<String> memberNames;
    private final List<String> attributes;

    GroupProposal(String name, List<Long> members, List<String> memberNames, List<String> attributes) {
        this.name = name;
        this.members = Collections.unmodifiableList(new ArrayList<Long>(members));
        this.memberNames = Collections.unmodifiableList(new ArrayList<String>(memberNames));
        this.attributes = Collections.unmodifiableList(new ArrayList<String>(attributes));
    }

    public String getName() {
        return name;
    }

    /** Product ids, cheapest (good) first. */
    public List<Long> getMembers() {
        return members;
    }

    public List<String> getMemberNames() {
        return memberNames;
    }

    /** Attributes every version has, those that differ first. */
    public List<String> getAttributes() {
        return attributes;
    }

    /** A stable key of the proposal (its members), for the accept form. */
    public String getKey() {
        StringBuilder b = new StringBuilder();
        for (Long m : members) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(m);
        }
        return b.toString();
    }
}
