package org.advocacy.base.web;

import jakarta.servlet.ServletContext;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie {@code Secure} when the portal is reached over HTTPS. The servlet container decides the
 * flag from its own connector, which behind a TLS-terminating proxy is plain HTTP; so the public address decides:
 * {@code SECURE_COOKIES=auto} (default) means "when {@code PUBLIC_URL} starts with https", {@code true}/{@code false}
 * force it.
 */
@Component
public class SecureCookies implements ServletContextInitializer {

    private static final Logger log = LoggerFactory.getLogger(SecureCookies.class);

    private final boolean secure;

    public SecureCookies(@Value("${app.security.secure-cookies:auto}") String setting,
            @Value("${app.public-url:}") String publicUrl) {
        this.secure = decide(setting, publicUrl);
    }

    static boolean decide(String setting, String publicUrl) {
        String s = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            case "auto", "" -> publicUrl != null && publicUrl.trim().toLowerCase(Locale.ROOT).startsWith("https://");
            default -> throw new IllegalArgumentException("app.security.secure-cookies must be auto, true or false: " + setting);
        };
    }

    public boolean secure() {
        return secure;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (secure) {
            servletContext.getSessionCookieConfig().setSecure(true);
            log.info("Session cookies are marked Secure (HTTPS)");
        }
    }
}
