package org.advocacy.survey;

import java.util.Collection;

/**
 * The one gate every results figure passes (docs/domain-rules.md#anonymity-of-staff-answers, rules 4, 5, 6): a group is
 * shown only with at least k answers, and only if every parent group minus it is either empty or also has at least k
 * answers (differencing). A combination (branch × department) has one parent per dropped filter (the branch, the
 * department).
 */
public final class SegmentGuard {

    /** Why a group is hidden; {@code null} when it may be shown. */
    public enum Reason {
        TOO_FEW("tooFew"), DIFFERENCING("differencing"), ROUND_OPEN("roundOpen"),
        /** The combination (e.g. branch × tenure band) is not one the releases offer. */
        NOT_OFFERED("notOffered"),
        /** The period mixes imported history and portal rounds (docs/domain-rules.md#rule-12). */
        MIXED_SOURCES("mixedSources"),
        /** The round is closed but its release is not computed yet. */
        NOT_RELEASED("notReleased");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The stable code the API answers and the translation key suffix ({@code survey.suppressed.<code>}). */
        public String code() {
            return code;
        }
    }

    private final AnonymityRules rules;

    public SegmentGuard(AnonymityRules rules) {
        this.rules = rules;
    }

    /** {@code null} when a group of {@code n} answers inside parents of {@code parentNs} answers may be shown. */
    public Reason check(int n, Collection<Integer> parentNs) {
        if (n < rules.k()) {
            return Reason.TOO_FEW;
        }
        for (int parent : parentNs) {
            int rest = parent - n;
            if (rest < 0) {
                throw new IllegalArgumentException("a group larger than its parent");
            }
            if (rest > 0 && rest < rules.k()) {
                return Reason.DIFFERENCING;
            }
        }
        return null;
    }

    /** Comments need a larger group; the group itself must also pass {@link #check}. */
    public boolean commentsAllowed(int n, Collection<Integer> parentNs) {
        return n >= rules.commentMinimum() && check(n, parentNs) == null;
    }

    public AnonymityRules rules() {
        return rules;
    }
}
