package org.advocacy.kernel.web;

/**
 * The portal's public address (as users reach it, e.g. {@code https://portal.senspa.vn}), for infrastructure in the
 * kernel that must know it without depending on the settings module that stores it.
 */
public interface PublicUrl {

    /** The public address without a trailing slash, or empty when none is known. */
    String url();
}
