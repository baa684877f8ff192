package org.advocacy.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The public pages' only script (src/main/resources/feedback/public.js: staff search, kiosk idle reset), inlined
 * into the page and allowed by its hash in the Content-Security-Policy, so no other script can run there.
 */
final class PublicScript {

    static final String SOURCE = read();
    /** The CSP source expression of exactly this script. */
    static final String CSP_HASH = "'sha256-" + sha256(SOURCE) + "'";

    private PublicScript() {
    }

    private static String read() {
        try (InputStream in = PublicScript.class.getResourceAsStream("/feedback/public.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
