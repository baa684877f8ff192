package org.advocacy.org;

import java.util.List;

/**
 * What a CSV import would do, row by row, before anything is stored. {@code fileErrors} are problems with the
 * file as a whole (encoding, missing columns); the import runs only when there are no errors at all.
 */
public record ImportPreview(List<Row> rows, List<Problem> fileErrors, List<String> newDepartments) {

    /** One data line of the file (line numbers count the header as line 1). */
    public record Row(int line, String fullName, String email, String branchCode, String department, String jobTitle,
            String hireDate, String manager, Action action, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Whether a valid row adds a person or updates the one with the same e-mail. */
    public enum Action { CREATE, UPDATE, NONE }

    /** A translated problem: the key and its arguments; field names the CSV column. */
    public record Problem(String field, String messageKey, List<Object> args) {
    }

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(r -> !r.valid());
    }

    public long errorCount() {
        return fileErrors.size() + rows.stream().filter(r -> !r.valid()).count();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.valid() && r.action() == action).count();
    }
}
