package org.advocacy.org;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.csv.CsvFile;
import org.advocacy.kernel.mail.EmailAddress;
import org.advocacy.org.ImportPreview.Action;
import org.advocacy.org.ImportPreview.Problem;

/**
 * The rules of the employee CSV, without Spring or a database: reads the file ({@link CsvFile#read}), finds the
 * columns by their English or Vietnamese names and checks every row, with what it needs of the organisation passed
 * in as a {@link Directory}. {@link EmployeeImport} stores the result.
 */
final class EmployeeImportAnalyser {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** The columns we understand. */
    enum Column { FULL_NAME, EMAIL, BRANCH, DEPARTMENT, JOB_TITLE, HIRE_DATE, MANAGER, ACTIVE }

    private static final List<Column> REQUIRED = List.of(Column.FULL_NAME, Column.EMAIL, Column.BRANCH,
            Column.DEPARTMENT, Column.JOB_TITLE, Column.HIRE_DATE);

    private static final Map<String, Column> HEADER_ALIASES = new HashMap<>();

    static {
        alias(Column.FULL_NAME, "fullname", "name", "employeename", "hoten", "hovaten", "ten");
        alias(Column.EMAIL, "email", "emailaddress", "workemail", "thudientu");
        alias(Column.BRANCH, "branch", "branchcode", "location", "chinhanh", "machinhanh", "coso");
        alias(Column.DEPARTMENT, "department", "dept", "phongban", "bophan");
        alias(Column.JOB_TITLE, "jobtitle", "title", "position", "chucdanh", "chucvu", "vitri");
        alias(Column.HIRE_DATE, "hiredate", "startdate", "dateofhire", "ngayvaolam", "ngaybatdau", "ngaynhanviec");
        alias(Column.MANAGER, "manager", "ismanager", "quanly", "laquanly");
        alias(Column.ACTIVE, "active", "isactive", "danglamviec", "conlamviec", "hoatdong");
    }

    // STRICT: the default (SMART) resolver would quietly turn 31/02 into 29/02
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"));

    /** What the rules need to know of the organisation; looked up only once the file itself is readable. */
    interface Directory {

        /** Every branch (active or not) by its upper-case code. */
        Map<String, Long> branchIdsByCode();

        /** The names of the existing departments, lower-cased. */
        Set<String> departmentNames();

        /** The ids of the employees that have one of these (normalised) e-mail addresses. */
        Map<String, Long> employeeIdsByEmail(List<String> emails);
    }

    /** A checked row as it will be stored (branch resolved; the department by name, perhaps a new one). */
    record Parsed(String fullName, String email, Long branchId, String department, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active, Long existingId) {
    }

    /** The preview shown to HR and, row by row beside it, what would be stored. */
    record Analysis(ImportPreview preview, List<Parsed> parsed) {
    }

    private EmployeeImportAnalyser() {
    }

    /** Reads and checks the file; {@code today} bounds the hire dates. */
    static Analysis analyse(byte[] csv, Directory directory, LocalDate today) {
        if (csv == null || csv.length == 0) {
            return fileError(new Problem(null, "import.error.empty", List.of()));
        }
        if (csv.length > MAX_BYTES) {
            return fileError(new Problem(null, "import.error.tooLarge", List.of(MAX_BYTES / 1024 / 1024)));
        }
        CsvFile.Table table;
        try {
            table = CsvFile.read(csv);
        } catch (ValidationException e) {
            return fileError(new Problem(null, e.messageKey(), Arrays.asList(e.args())));
        }
        if (table.empty()) {
            return fileError(new Problem(null, "import.error.empty", List.of()));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            Column c = HEADER_ALIASES.get(normaliseHeader(header.get(i)));
            if (c != null && !columns.containsKey(c)) {
                columns.put(c, i);
            }
        }
        List<Problem> fileErrors = new ArrayList<>();
        for (Column required : REQUIRED) {
            if (!columns.containsKey(required)) {
                fileErrors.add(new Problem(required.name(), "import.error.missingColumn", List.of(columnLabel(required))));
            }
        }
        if (!fileErrors.isEmpty()) {
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        List<CsvFile.Row> records = table.rows();
        if (records.size() > MAX_ROWS) {
            return fileError(new Problem(null, "import.error.tooManyRows", List.of(MAX_ROWS)));
        }
        if (records.isEmpty()) {
            return fileError(new Problem(null, "import.error.noRows", List.of()));
        }

        Map<String, Long> branchIds = directory.branchIdsByCode();
        Set<String> knownDepartments = directory.departmentNames();
        List<String> emails = new ArrayList<>();
        for (CsvFile.Row r : records) {
            emails.add(EmailAddress.normalise(cell(r, columns, Column.EMAIL)));
        }
        Map<String, Long> existing = directory.employeeIdsByEmail(emails);

        List<ImportPreview.Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seenEmails = new HashSet<>();
        Set<String> newDepartments = new LinkedHashSet<>();
        for (CsvFile.Row r : records) {
            int line = (int) r.number(); // the header is record 1, as in the spreadsheet
            List<Problem> problems = new ArrayList<>();
            String fullName = cell(r, columns, Column.FULL_NAME);
            String email = EmailAddress.normalise(cell(r, columns, Column.EMAIL));
            String branchCode = cell(r, columns, Column.BRANCH).toUpperCase(Locale.ROOT);
            String department = cell(r, columns, Column.DEPARTMENT);
            String jobTitle = cell(r, columns, Column.JOB_TITLE);
            String hireText = cell(r, columns, Column.HIRE_DATE);
            String managerText = cell(r, columns, Column.MANAGER);
            String activeText = cell(r, columns, Column.ACTIVE);

            check(problems, "fullName", fullName, 120);
            if (email.isEmpty()) {
                problems.add(new Problem("email", "error.required", List.of()));
            } else if (!EmailAddress.isValid(email)) {
                problems.add(new Problem("email", "employee.error.email", List.of(email)));
            } else if (!seenEmails.add(email)) {
                problems.add(new Problem("email", "import.error.duplicateEmail", List.of(email)));
            }
            Long branchId = branchIds.get(branchCode);
            if (branchCode.isEmpty()) {
                problems.add(new Problem("branch", "error.required", List.of()));
            } else if (branchId == null) {
                problems.add(new Problem("branch", "import.error.unknownBranch", List.of(branchCode)));
            }
            check(problems, "department", department, 80);
            if (!department.isEmpty() && department.length() <= 80
                    && !knownDepartments.contains(department.toLowerCase(Locale.ROOT))) {
                if (newDepartments.stream().noneMatch(d -> d.equalsIgnoreCase(department))) {
                    newDepartments.add(department);
                }
            }
            check(problems, "jobTitle", jobTitle, 120);
            LocalDate hireDate = null;
            if (hireText.isEmpty()) {
                problems.add(new Problem("hireDate", "error.required", List.of()));
            } else {
                hireDate = parseDate(hireText).orElse(null);
                if (hireDate == null) {
                    problems.add(new Problem("hireDate", "import.error.date", List.of(hireText)));
                } else if (hireDate.isAfter(today.plusYears(1)) || hireDate.isBefore(LocalDate.of(1950, 1, 1))) {
                    problems.add(new Problem("hireDate", "employee.error.hireDateRange", List.of()));
                }
            }
            Optional<Boolean> manager = parseBoolean(managerText, false);
            if (manager.isEmpty()) {
                problems.add(new Problem("manager", "import.error.yesNo", List.of(managerText)));
            }
            Optional<Boolean> active = parseBoolean(activeText, true);
            if (active.isEmpty()) {
                problems.add(new Problem("active", "import.error.yesNo", List.of(activeText)));
            }
            Long existingId = existing.get(email);
            Action action = problems.isEmpty() ? (existingId == null ? Action.CREATE : Action.UPDATE) : Action.NONE;
            rows.add(new ImportPreview.Row(line, fullName, email, branchCode, department, jobTitle, hireText,
                    managerText, action, List.copyOf(problems)));
            parsed.add(new Parsed(fullName, email, branchId, department, jobTitle, hireDate, manager.orElse(false),
                    active.orElse(true), existingId));
        }
        return new Analysis(new ImportPreview(rows, List.of(), List.copyOf(newDepartments)), parsed);
    }

    private static Analysis fileError(Problem problem) {
        return new Analysis(new ImportPreview(List.of(), List.of(problem), List.of()), List.of());
    }

    private static void check(List<Problem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "error.required", List.of()));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "error.tooLong", List.of(max)));
        }
    }

    private static String cell(CsvFile.Row r, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return i == null ? "" : r.get(i).strip();
    }

    static Optional<LocalDate> parseDate(String s) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> parseBoolean(String s, boolean whenEmpty) {
        String v = stripAccents(s).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> Optional.of(whenEmpty);
            case "true", "yes", "y", "1", "x", "co", "dung" -> Optional.of(true);
            case "false", "no", "n", "0", "khong", "sai" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String normaliseHeader(String h) {
        return stripAccents(h).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String stripAccents(String s) {
        String d = Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    private static String columnLabel(Column c) {
        return switch (c) {
            case FULL_NAME -> "full_name";
            case EMAIL -> "email";
            case BRANCH -> "branch";
            case DEPARTMENT -> "department";
            case JOB_TITLE -> "job_title";
            case HIRE_DATE -> "hire_date";
            case MANAGER -> "manager";
            case ACTIVE -> "active";
        };
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static void alias(Column c, String... names) {
        for (String n : names) {
            HEADER_ALIASES.put(n, c);
        }
    }
}
