package org.advocacy.org;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.ImportPreview.Action;
import org.advocacy.org.ImportPreview.Problem;
import org.advocacy.org.internal.BranchRepository;
import org.advocacy.org.internal.DepartmentRepository;
import org.advocacy.org.internal.EmployeeRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from the CSV an HR system exports (UTF-8, header row, comma or semicolon, English or
 * Vietnamese column names). People are matched by e-mail, so importing the same file twice updates instead of
 * duplicating. All or nothing: while any row is wrong, nothing is stored.
 */
@Service
public class EmployeeImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    /** The columns we understand. */
    enum Column { FULL_NAME, EMAIL, BRANCH, DEPARTMENT, JOB_TITLE, HIRE_DATE, MANAGER, ACTIVE }

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

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private final BranchRepository branches;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final AuditLog audit;
    private final Clock clock;
    private final org.advocacy.security.AccountAccess accountAccess;

    EmployeeImport(BranchRepository branches, DepartmentRepository departments, EmployeeRepository employees,
            AuditLog audit, Clock clock, org.advocacy.security.AccountAccess accountAccess) {
        this.accountAccess = accountAccess;
        this.branches = branches;
        this.departments = departments;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks the file; stores nothing. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        return analyse(csv).preview();
    }

    /** Imports the file in one transaction, or throws {@link ValidationException} and stores nothing. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public ImportResult apply(byte[] csv) {
        Analysis a = analyse(csv);
        ImportPreview preview = a.preview();
        if (preview.hasErrors()) {
            throw new ValidationException(null, "import.error.notImported", preview.errorCount());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> departmentIds = new HashMap<>();
        departments.findAll().forEach(d -> departmentIds.put(d.name().toLowerCase(Locale.ROOT), d.id()));
        int departmentsCreated = 0;
        for (String name : preview.newDepartments()) {
            departmentIds.put(name.toLowerCase(Locale.ROOT), departments.insert(name, true, now));
            departmentsCreated++;
        }
        int created = 0;
        int updated = 0;
        List<Long> leavers = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            ImportPreview.Row row = preview.rows().get(i);
            Parsed p = a.parsed().get(i);
            EmployeeData data = new EmployeeData(p.fullName(), p.email(), p.branchId(),
                    departmentIds.get(p.department().toLowerCase(Locale.ROOT)), p.jobTitle(), p.hireDate(), p.manager(), p.active());
            if (row.action() == Action.UPDATE) {
                employees.update(p.existingId(), data, now);
                updated++;
                if (!p.active()) {
                    leavers.add(p.existingId());
                }
            } else if (row.action() == Action.CREATE) {
                employees.insert(data, now);
                created++;
            }
        }
        accountAccess.employeesLeft(leavers); // people who leave lose access, in the import's transaction
        audit.record(AuditAction.EMPLOYEES_IMPORTED, preview.rows().size() + " rows",
                "created=" + created + ", updated=" + updated + ", departmentsCreated=" + departmentsCreated);
        return new ImportResult(created, updated, departmentsCreated);
    }

    private record Parsed(String fullName, String email, Long branchId, String department, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active, Long existingId) {
    }

    private record Analysis(ImportPreview preview, List<Parsed> parsed) {
    }

    private Analysis analyse(byte[] csv) {
        List<Problem> fileErrors = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            fileErrors.add(new Problem(null, "import.error.empty", List.of()));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        if (csv.length > MAX_BYTES) {
            fileErrors.add(new Problem(null, "import.error.tooLarge", List.of(MAX_BYTES / 1024 / 1024)));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            fileErrors.add(new Problem(null, "import.error.encoding", List.of()));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a byte order mark
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<CSVRecord> records;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            fileErrors.add(new Problem(null, "import.error.unreadable", List.of()));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        if (records.isEmpty()) {
            fileErrors.add(new Problem(null, "import.error.empty", List.of()));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        CSVRecord header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            Column c = HEADER_ALIASES.get(normaliseHeader(header.get(i)));
            if (c != null && !columns.containsKey(c)) {
                columns.put(c, i);
            }
        }
        for (Column required : List.of(Column.FULL_NAME, Column.EMAIL, Column.BRANCH, Column.DEPARTMENT, Column.JOB_TITLE,
                Column.HIRE_DATE)) {
            if (!columns.containsKey(required)) {
                fileErrors.add(new Problem(required.name(), "import.error.missingColumn", List.of(columnLabel(required))));
            }
        }
        if (!fileErrors.isEmpty()) {
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        if (records.size() - 1 > MAX_ROWS) {
            fileErrors.add(new Problem(null, "import.error.tooManyRows", List.of(MAX_ROWS)));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }
        if (records.size() == 1) {
            fileErrors.add(new Problem(null, "import.error.noRows", List.of()));
            return new Analysis(new ImportPreview(List.of(), fileErrors, List.of()), List.of());
        }

        Map<String, Long> branchIds = new HashMap<>();
        branches.findAll(org.advocacy.security.BranchScope.ALL, false)
                .forEach(b -> branchIds.put(b.code().toUpperCase(Locale.ROOT), b.id()));
        Set<String> knownDepartments = new HashSet<>();
        departments.findAll().forEach(d -> knownDepartments.add(d.name().toLowerCase(Locale.ROOT)));
        List<String> emails = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            emails.add(OrgService.normaliseEmail(cell(r, columns, Column.EMAIL)));
        }
        Map<String, Long> existing = employees.idsByEmail(emails);

        List<ImportPreview.Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seenEmails = new HashSet<>();
        Set<String> newDepartments = new LinkedHashSet<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = (int) r.getRecordNumber(); // the header is record 1, as in the spreadsheet
            List<Problem> problems = new ArrayList<>();
            String fullName = cell(r, columns, Column.FULL_NAME);
            String email = OrgService.normaliseEmail(cell(r, columns, Column.EMAIL));
            String branchCode = cell(r, columns, Column.BRANCH).toUpperCase(Locale.ROOT);
            String department = cell(r, columns, Column.DEPARTMENT);
            String jobTitle = cell(r, columns, Column.JOB_TITLE);
            String hireText = cell(r, columns, Column.HIRE_DATE);
            String managerText = cell(r, columns, Column.MANAGER);
            String activeText = cell(r, columns, Column.ACTIVE);

            if (r.size() < header.size() && !r.isConsistent()) {
                problems.add(new Problem(null, "import.error.columnCount", List.of(r.size(), header.size())));
            }
            check(problems, "fullName", fullName, 120);
            if (email.isEmpty()) {
                problems.add(new Problem("email", "error.required", List.of()));
            } else if (!org.advocacy.base.EmailAddress.isValid(email)) {
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
                } else if (hireDate.isAfter(LocalDate.now(clock).plusYears(1)) || hireDate.isBefore(LocalDate.of(1950, 1, 1))) {
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
        return new Analysis(new ImportPreview(rows, fileErrors, List.copyOf(newDepartments)), parsed);
    }

    private static void check(List<Problem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "error.required", List.of()));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "error.tooLong", List.of(max)));
        }
    }

    private static String cell(CSVRecord r, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
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

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
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

    private static void alias(Column c, String... names) {
        for (String n : names) {
            HEADER_ALIASES.put(n, c);
        }
    }
}
