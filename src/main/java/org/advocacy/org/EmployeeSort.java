package org.advocacy.org;

/** A sort order of the employee list: a column and a direction. */
public record EmployeeSort(Column column, boolean ascending) {

    /** Columns the employee list can be sorted by. */
    public enum Column { NAME, EMAIL, BRANCH, DEPARTMENT, JOB_TITLE, HIRE_DATE }

    public static final EmployeeSort DEFAULT = new EmployeeSort(Column.NAME, true);
}
