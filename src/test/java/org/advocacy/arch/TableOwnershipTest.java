package org.advocacy.arch;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module's classes name it (decision 0047): another module asks the
 * owner's published query. Checked on the generated jOOQ classes a class uses (the table, its record, or the
 * {@code Tables} constant), so a new table must be given an owner here before any code may use it; and, for a table
 * named by a string (Spring Modulith's registry, whose generated class spells it in lower case), on the sources.
 */
class TableOwnershipTest {

    /** jOOQ table class (simple name) to the module that owns it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            entry("Branch", "org"), entry("Department", "org"), entry("Employee", "org"),
            entry("EmployeePhoto", "org"),
            entry("AppUser", "security"), entry("UserRole", "security"), entry("ManagedBranch", "security"),
            entry("ApiToken", "security"),
            entry("AuditEvent", "audit"),
            entry("AppSetting", "settings"), entry("PublicAddress", "settings"),
            entry("Notification", "notification"), entry("NotificationPreference", "notification"),
            entry("PulseProgram", "survey"), entry("PulseProgramBranch", "survey"),
            entry("PulseProgramDepartment", "survey"), entry("PulseDriver", "survey"), entry("PulseRound", "survey"),
            entry("PulseRoundAudience", "survey"), entry("PulseParticipation", "survey"),
            entry("PulseAnswer", "survey"), entry("PulseAnswerDriver", "survey"), entry("PulseActionPlan", "survey"),
            entry("PulseAction", "survey"), entry("PulseImportBatch", "survey"), entry("PulseRelease", "survey"),
            entry("PulseReleaseCell", "survey"), entry("PulseReleaseDriver", "survey"),
            entry("FeedbackTouchpoint", "feedback"), entry("KioskDevice", "feedback"),
            entry("CustomerFeedback", "feedback"), entry("FollowUpCase", "feedback"),
            entry("FollowUpNote", "feedback"), entry("FeedbackStaffChoice", "feedback"),
            entry("FeedbackBranchLink", "feedback"),
            entry("CompanyValue", "recognition"), entry("Recognition", "recognition"),
            entry("RecognitionRecipient", "recognition"), entry("RecognitionValue", "recognition"),
            entry("RecognitionApplause", "recognition"), entry("RecognitionPreference", "recognition"),
            entry("InsightsCustomerMonth", "insights"), entry("InsightsRecognitionMonth", "insights"),
            entry("InsightsRollupState", "insights"), entry("InsightsAppliedEvent", "insights"),
            entry("InsightsMonthVersion", "insights"),
            entry("EventPublication", "kernel"), entry("Shedlock", "kernel"), entry("RateLimitBucket", "kernel"));

    private static final String TABLES = "org.advocacy.jooq.tables";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.advocacy");
    }

    @Test
    void everyGeneratedTableHasAnOwner() {
        Set<String> tables = new TreeSet<>();
        classes.stream().filter(c -> c.getPackageName().equals(TABLES) && !c.isNestedClass())
                .forEach(c -> tables.add(c.getSimpleName()));
        assertThat(tables).as("jOOQ tables").isNotEmpty();
        assertThat(OWNER.keySet()).as("owners named in this test").containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void onlyTheOwningModuleNamesATable() {
        List<String> violations = new ArrayList<>();
        int uses = 0;
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith("org.advocacy.jooq")) {
                continue;
            }
            String module = moduleOf(c);
            Set<String> tables = new TreeSet<>();
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                table(d.getTargetClass()).ifPresent(tables::add);
            }
            for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) { // Tables.EMPLOYEE names the table by its type
                if (a.getTargetOwner().getPackageName().equals("org.advocacy.jooq")) {
                    table(a.getTarget().resolveMember().map(f -> f.getRawType()).orElse(a.getTargetOwner()))
                            .ifPresent(tables::add);
                }
            }
            for (String table : tables) {
                uses++;
                String owner = OWNER.getOrDefault(table, "(no owner)");
                if (!owner.equals(module)) {
                    violations.add(c.getName() + " (" + module + ") uses " + table + " of " + owner);
                }
            }
        }
        assertThat(uses).as("classes using tables were found").isGreaterThan(20);
        assertThat(violations).as("tables used outside their module").isEmpty();
    }

    /**
     * A table can also be named by a string ({@code DSL.table(DSL.name("EVENT_PUBLICATION"))}), which the classes
     * above do not show: only the kernel's {@code EventRegistry} may do that, for the registry it owns.
     */
    @Test
    void tablesAreNamedByStringOnlyInTheKernel() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/org/advocacy");
        List<String> offenders = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = java.nio.file.Files.readString(f);
                boolean namesTable = text.contains("DSL.table(") || text.contains("EVENT_PUBLICATION");
                if (namesTable && !root.relativize(f).toString().startsWith("kernel")) {
                    offenders.add(root.relativize(f).toString());
                }
            }
        }
        assertThat(offenders).as("sources outside the kernel naming a table by string").isEmpty();
    }

    private static String moduleOf(JavaClass c) {
        if (!c.getPackageName().startsWith("org.advocacy.")) {
            return "(root)";
        }
        String rest = c.getPackageName().substring("org.advocacy.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The table a generated class stands for: the table class itself, its record, or a nested class of either. */
    private static java.util.Optional<String> table(JavaClass target) {
        JavaClass top = target;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        if (top.getPackageName().equals(TABLES)) {
            return java.util.Optional.of(top.getSimpleName());
        }
        if (top.getPackageName().equals(TABLES + ".records") && top.getSimpleName().endsWith("Record")) {
            String name = top.getSimpleName();
            return java.util.Optional.of(name.substring(0, name.length() - "Record".length()));
        }
        return java.util.Optional.empty();
    }
}
