package org.advocacy.recognition;

import java.util.Locale;

/** One of the company's values, named and explained in Vietnamese and English. */
public record CompanyValue(long id, String code, String nameVi, String nameEn, String meaningVi, String meaningEn,
        String icon, String colour, boolean active, int sortOrder) {

    public String name(Locale locale) {
        return vietnamese(locale) ? nameVi : nameEn;
    }

    public String meaning(Locale locale) {
        return vietnamese(locale) ? meaningVi : meaningEn;
    }

    private static boolean vietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }
}
