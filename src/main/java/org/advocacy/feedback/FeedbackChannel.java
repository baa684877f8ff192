package org.advocacy.feedback;

/** How a piece of feedback reached us. */
public enum FeedbackChannel {
    WEB, KIOSK, API, IMPORT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
