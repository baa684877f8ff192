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
 * {@code Tables} constant), so a new table must be given an owner here before any code may use it.
 * {@link #PENDING} lists the uses still to move behind the owner's published reads: the list may only shrink.
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

    /**
     * Uses of another module's table not yet moved behind the owner's published read (decision 0047, "Not yet
     * done"): names and branch scope joined from org and security into feature lists. A line whose use is gone
     * fails the test: delete it.
     */
    static final Set<String> PENDING = Set.of(
            "org.advocacy.security.internal.ApiTokenRepository uses Branch",
            "org.advocacy.security.internal.UserRepository uses Branch",
            "org.advocacy.security.internal.UserRepository uses Employee");

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
        Set<String> pendingSeen = new TreeSet<>();
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
                    String use = c.getName() + " uses " + table;
                    if (PENDING.contains(use)) {
                        pendingSeen.add(use);
                    } else {
                        violations.add(c.getName() + " (" + module + ") uses " + table + " of " + owner);
                    }
                }
            }
        }
        assertThat(uses).as("classes using tables were found").isGreaterThan(20);
        assertThat(violations).as("tables used outside their module").isEmpty();
        assertThat(new TreeSet<>(PENDING)).as("pending uses that are gone: delete their lines")
                .containsExactlyElementsOf(pendingSeen);
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
