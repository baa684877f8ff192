package org.advocacy.feedback;

/** A kiosk just created: its secret device link path is shown once and never stored. */
public record NewKiosk(long id, String path) {
}
