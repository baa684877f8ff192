package org.advocacy.recognition;

/** What HR enters for a company value. {@code icon} is a Vaadin icon name ("vaadin:heart"), colour "#RRGGBB". */
public record CompanyValueData(String code, String nameVi, String nameEn, String meaningVi, String meaningEn,
        String icon, String colour, boolean active, int sortOrder) {
}
