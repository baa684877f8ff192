package org.advocacy.kernel;

import java.util.Arrays;

/**
 * Bad input, rejected before anything is stored. Carries a translation key (and its arguments) instead of a
 * sentence, so the view or the API answers in the caller's language.
 */
public class ValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ValidationException(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")") + Arrays.toString(args));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
