package org.advocacy.feedback;

import java.util.Locale;

/** A moment of the visit the customer rates (reception, treatment ...): an editable list. */
public record Touchpoint(String code, String nameEn, String nameVi, int sortOrder, boolean active) {

    public String name(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }
}
