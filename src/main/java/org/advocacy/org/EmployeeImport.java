package org.advocacy.org;

import org.advocacy.kernel.id.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.ImportPreview.Action;
import org.advocacy.org.internal.BranchRepository;
import org.advocacy.org.internal.DepartmentRepository;
import org.advocacy.org.internal.EmployeeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from the CSV an HR system exports (UTF-8, header row, comma or semicolon, English or
 * Vietnamese column names; the rules are {@link EmployeeImportAnalyser}'s). People are matched by e-mail, so
 * importing the same file twice updates instead of duplicating. All or nothing: while any row is wrong, nothing is stored.
 */
@Service
public class EmployeeImport {

    public static final int MAX_BYTES = EmployeeImportAnalyser.MAX_BYTES;
    public static final int MAX_ROWS = EmployeeImportAnalyser.MAX_ROWS;

    private final BranchRepository branches;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final AuditLog audit;
    private final Clock clock;
    private final org.advocacy.security.AccountAccess accountAccess;
    private final ApplicationEventPublisher events;

    EmployeeImport(BranchRepository branches, DepartmentRepository departments, EmployeeRepository employees,
            AuditLog audit, Clock clock, org.advocacy.security.AccountAccess accountAccess,
            ApplicationEventPublisher events) {
        this.accountAccess = accountAccess;
        this.events = events;
        this.branches = branches;
        this.departments = departments;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks the file; stores nothing. */
    @PreAuthorize(OrgPermissions.HR)
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        return analyse(csv).preview();
    }

    /** Imports the file in one transaction, or throws {@link ValidationException} and stores nothing. */
    @PreAuthorize(OrgPermissions.HR)
    @Transactional
    public ImportResult apply(byte[] csv) {
        EmployeeImportAnalyser.Analysis a = analyse(csv);
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
        Set<Long> wereActive = activeAmongUpdated(preview, a);
        List<Long> leavers = new ArrayList<>();
        List<Long> stayers = new ArrayList<>();
        List<EmployeeDeactivated> deactivated = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            ImportPreview.Row row = preview.rows().get(i);
            EmployeeImportAnalyser.Parsed p = a.parsed().get(i);
            EmployeeData data = new EmployeeData(p.fullName(), p.email(), p.branchId(),
                    departmentIds.get(p.department().toLowerCase(Locale.ROOT)), p.jobTitle(), p.hireDate(), p.manager(), p.active());
            if (row.action() == Action.UPDATE) {
                employees.update(p.existingId(), data, now);
                updated++;
                if (!p.active()) {
                    leavers.add(p.existingId());
                    if (wereActive.contains(p.existingId())) {
                        deactivated.add(new EmployeeDeactivated(EmployeeId.of(p.existingId()), p.branchId()));
                    }
                } else {
                    stayers.add(p.existingId());
                }
            } else if (row.action() == Action.CREATE) {
                employees.insert(data, now);
                created++;
            }
        }
        accountAccess.employeesLeft(leavers); // people who leave lose access, in the import's transaction
        accountAccess.employeesReturned(stayers); // (only those that were inactive change)
        deactivated.forEach(events::publishEvent);
        audit.record(AuditAction.EMPLOYEES_IMPORTED, preview.rows().size() + " rows",
                "created=" + created + ", updated=" + updated + ", departmentsCreated=" + departmentsCreated);
        return new ImportResult(created, updated, departmentsCreated);
    }

    /** Those of the employees the file updates to inactive that are active now (one statement, only when any). */
    private Set<Long> activeAmongUpdated(ImportPreview preview, EmployeeImportAnalyser.Analysis a) {
        List<Long> leaving = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            if (preview.rows().get(i).action() == Action.UPDATE && !a.parsed().get(i).active()) {
                leaving.add(a.parsed().get(i).existingId());
            }
        }
        Set<Long> active = new HashSet<>();
        for (int from = 0; from < leaving.size(); from += 1000) {
            employees.findByIds(leaving.subList(from, Math.min(leaving.size(), from + 1000))).stream()
                    .filter(Employee::active).forEach(e -> active.add(e.id()));
        }
        return active;
    }

    private EmployeeImportAnalyser.Analysis analyse(byte[] csv) {
        return EmployeeImportAnalyser.analyse(csv, directory, LocalDate.now(clock));
    }

    /** The organisation as the rules see it, read from the repositories when the file is readable. */
    private final EmployeeImportAnalyser.Directory directory = new EmployeeImportAnalyser.Directory() {
        @Override
        public Map<String, Long> branchIdsByCode() {
            Map<String, Long> ids = new HashMap<>();
            branches.findAll(org.advocacy.security.BranchScope.ALL, false)
                    .forEach(b -> ids.put(b.code().toUpperCase(Locale.ROOT), b.id()));
            return ids;
        }

        @Override
        public Set<String> departmentNames() {
            Set<String> names = new HashSet<>();
            departments.findAll().forEach(d -> names.add(d.name().toLowerCase(Locale.ROOT)));
            return names;
        }

        @Override
        public Map<String, Long> employeeIdsByEmail(List<String> emails) {
            return employees.idsByEmail(emails);
        }
    };
}
