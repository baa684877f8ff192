package org.advocacy.kernel.web;

import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie {@code Secure} when the portal is reached over HTTPS. The servlet container decides the
 * flag from its own connector, which behind a TLS-terminating proxy is plain HTTP; so the public address decides:
 * {@code SECURE_COOKIES=auto} (default) means "when the public address starts with https", {@code true}/{@code false}
 * force it. The session cookie's settings are fixed when the servlet context starts, so the public address stored in
 * the portal (or {@code PUBLIC_URL}) is read once, at start-up (docs/decisions/0038).
 */
@Component
public class SecureCookies implements ServletContextInitializer {

    private static final Logger log = LoggerFactory.getLogger(SecureCookies.class);

    private final String setting;
    private final Supplier<String> publicUrl;
    private Boolean secure;

    @Autowired
    SecureCookies(@Value("${app.security.secure-cookies:auto}") String setting,
            ObjectProvider<PublicUrl> address, @Value("${app.public-url:}") String environmentUrl) {
        this(setting, () -> {
            PublicUrl service = address.getIfAvailable();
            return service == null ? environmentUrl : service.url();
        });
    }

    SecureCookies(String setting, Supplier<String> publicUrl) {
        this.setting = setting;
        this.publicUrl = publicUrl;
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

    /** Whether session cookies are marked Secure (decided once, from the public address at start-up). */
    public synchronized boolean secure() {
        if (secure == null) {
            secure = decide(setting, publicUrl.get());
        }
        return secure;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (secure()) {
            servletContext.getSessionCookieConfig().setSecure(true);
            log.info("Session cookies are marked Secure (HTTPS)");
        }
    }
}
