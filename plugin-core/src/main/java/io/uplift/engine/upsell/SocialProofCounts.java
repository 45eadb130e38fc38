package io.uplift.engine.upsell;

/** The order counts behind social proof, as far as computed; read on the page-render path, so no I/O. */
public interface SocialProofCounts {

    /** The counts of the group for the window, or {@code null} when not (yet) counted. */
    GroupCounts get(long groupId, int windowDays);

    /** No counts at all: social proof never shows. */
    SocialProofCounts NONE = new SocialProofCounts() {
        @Override
        public GroupCounts get(long groupId, int windowDays) {
            return null;
        }
    };
}
