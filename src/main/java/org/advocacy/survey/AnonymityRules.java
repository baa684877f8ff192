package org.advocacy.survey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured anonymity thresholds (docs/domain-rules.md#rule-4 and #rule-6): minimum group k (default 5, never
 * below 3) and the minimum group for comments (default 10, never below k). Lower configured values are raised, never
 * obeyed.
 */
@Component
public class AnonymityRules {

    public static final int MIN_K = 3;

    private final int k;
    private final int commentMinimum;

    AnonymityRules(@Value("${app.survey.min-group:5}") int k, @Value("${app.survey.min-comment-group:10}") int comments) {
        this.k = Math.max(MIN_K, k);
        this.commentMinimum = Math.max(this.k, comments);
    }

    public static AnonymityRules of(int k, int comments) {
        return new AnonymityRules(k, comments);
    }

    public int k() {
        return k;
    }

    public int commentMinimum() {
        return commentMinimum;
    }
}
