package org.advocacy.api;

/**
 * An API answer other than success that the controllers decide themselves (an unknown branch code, a path that
 * does not exist); carries a translation key like {@link org.advocacy.kernel.ValidationException}.
 */
class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    ApiException(int status, String code, String messageKey, Object... args) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(404, "not_found", messageKey, args);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
