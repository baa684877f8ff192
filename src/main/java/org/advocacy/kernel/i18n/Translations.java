package org.advocacy.kernel.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vietnamese and English texts for everything a user sees. One bundle per feature under {@code i18n/}
 * ({@code base}, {@code org}, ...); keys are unique across bundles. Used by Vaadin views (getTranslation) and
 * by the API and e-mails (via {@link #get}).
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    /** The feature bundles: every {@code i18n/NAME_en.properties} on the classpath (with its {@code _vi} twin). */
    public static final List<String> BUNDLES = discoverBundles();

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = supported(locale);
        for (String bundle : BUNDLES) {
            ResourceBundle rb = ResourceBundle.getBundle("i18n/" + bundle, l, NO_FALLBACK);
            if (rb.containsKey(key)) {
                String text = rb.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, l).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, l);
        return "!" + key;
    }

    public String get(String key, Locale locale, Object... params) {
        return getTranslation(key, locale, params);
    }

    /** All keys of one language, for the test that keeps both languages in step. */
    public Set<String> keys(Locale locale) {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            try {
                keys.addAll(ResourceBundle.getBundle("i18n/" + bundle, supported(locale), NO_FALLBACK).keySet());
            } catch (MissingResourceException e) {
                // reported by the caller as missing keys
            }
        }
        return keys;
    }

    private static List<String> discoverBundles() {
        try {
            var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_en.properties");
            return java.util.Arrays.stream(resources).map(r -> r.getFilename())
                    .filter(java.util.Objects::nonNull)
                    .map(f -> f.substring(0, f.length() - "_en.properties".length()))
                    .distinct().sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list the translation bundles", e);
        }
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }
    };
}
