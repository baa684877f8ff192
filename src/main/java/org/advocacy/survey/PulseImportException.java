package org.advocacy.survey;

import java.util.List;

/** An import refused as a whole: every bad row with its index (0-based) and a translatable message. */
public class PulseImportException extends RuntimeException {

    public record RowError(int index, String messageKey, Object... args) {
    }

    private final List<RowError> errors;

    public PulseImportException(List<RowError> errors) {
        super(errors.size() + " bad rows");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
