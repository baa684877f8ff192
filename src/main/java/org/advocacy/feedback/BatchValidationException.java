package org.advocacy.feedback;

import java.util.List;

/** A batch with at least one bad item: nothing of it was stored. Lists every bad item. */
public class BatchValidationException extends RuntimeException {

    private final transient List<BatchItemError> errors;

    public BatchValidationException(List<BatchItemError> errors) {
        super(errors.size() + " invalid item(s)");
        this.errors = List.copyOf(errors);
    }

    public List<BatchItemError> errors() {
        return errors;
    }
}
