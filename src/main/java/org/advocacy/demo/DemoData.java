package org.advocacy.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.advocacy.demo.DemoOrganisation.DemoLogin;
import org.advocacy.demo.internal.DemoRepository;
import org.advocacy.demo.internal.DemoRepository.NewEmployee;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo organisation: branches, departments, ~300 staff with Vietnamese names,
 * a manager per branch, and a sign-in for everybody (password {@link DemoOrganisation#PASSWORD}). Deterministic:
 * the same seed gives the same people.
 */
@Service
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final List<DemoContributor> contributors;

    DemoData(DemoRepository repository, PasswordEncoder encoder, Clock clock, org.advocacy.kernel.OrgTimeZone zone,
            List<DemoContributor> contributors) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
        this.zone = zone.zone();
        this.contributors = contributors.stream().sorted(java.util.Comparator.comparingInt(DemoContributor::order)).toList();
    }

    /** Generates the demo organisation unless the database already holds an organisation. */
    @Transactional
    public boolean generateIfEmpty() {
        if (repository.hasBranches()) {
            return false;
        }
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Random random = new Random(DemoOrganisation.SEED);

        Map<String, Long> branchIds = new HashMap<>();
        for (DemoBranch b : DemoOrganisation.BRANCHES) {
            branchIds.put(b.code(), repository.insertBranch(b, now));
        }
        Map<String, Long> departmentIds = new HashMap<>();
        for (List<String> d : DemoOrganisation.DEPARTMENTS) {
            departmentIds.put(d.get(0), repository.insertDepartment(d.get(0), now));
        }

        List<NewEmployee> people = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Map<String, String> fixedEmailByKey = new HashMap<>();
        for (DemoLogin login : DemoOrganisation.LOGINS) {
            emails.add(login.email());
            people.add(new NewEmployee(login.fullName(), login.email(), branchIds.get(login.branch()),
                    departmentIds.get(login.department()), login.jobTitle(),
                    today.minusDays(400 + random.nextInt(2000)), login.role().equals("MANAGER"), true));
            fixedEmailByKey.put(login.branch() + "/" + login.department(), login.email());
        }
        for (DemoBranch b : DemoOrganisation.BRANCHES) {
            int existing = (int) people.stream().filter(p -> p.branchId() == branchIds.get(b.code())).count();
            boolean hasManager = people.stream().anyMatch(p -> p.branchId() == branchIds.get(b.code()) && p.manager());
            for (int i = existing; i < b.staff(); i++) {
                List<String> department = pickDepartment(random, i, hasManager);
                boolean manager = !hasManager && department.get(0).equals("Quản lý chi nhánh");
                hasManager |= manager;
                String jobTitle = manager ? department.get(1)
                        : department == DemoOrganisation.DEPARTMENTS.get(5) ? department.get(2)
                        : department.get(1 + (random.nextDouble() < 0.8 ? 0 : random.nextInt(department.size() - 1)));
                boolean female = random.nextDouble() < 0.8;
                String family = pick(random, DemoOrganisation.FAMILY);
                String middle = pick(random, female ? DemoOrganisation.FEMALE_MIDDLE : DemoOrganisation.MALE_MIDDLE);
                String given = pick(random, female ? DemoOrganisation.FEMALE_GIVEN : DemoOrganisation.MALE_GIVEN);
                String email = uniqueEmail(emails, given, family);
                // tenure: many recent hires, a long tail of veterans (0..8 years)
                int days = (int) Math.min(8 * 365, Math.abs(random.nextGaussian()) * 700 + random.nextInt(60));
                boolean active = random.nextDouble() > 0.03;
                people.add(new NewEmployee(family + " " + middle + " " + given, email, branchIds.get(b.code()),
                        departmentIds.get(department.get(0)), jobTitle, today.minusDays(days), manager, active));
            }
        }
        Map<String, Long> employeeIds = repository.insertEmployees(people, now);

        String hash = encoder.encode(DemoOrganisation.PASSWORD); // one hash shared by all demo accounts: fast start
        Map<String, Long> userIds = new HashMap<>();
        for (NewEmployee p : people) {
            if (!p.active()) {
                continue;
            }
            DemoLogin login = DemoOrganisation.LOGINS.stream().filter(l -> l.email().equals(p.email())).findFirst().orElse(null);
            List<String> roles = new ArrayList<>(List.of("EMPLOYEE"));
            if (p.manager()) {
                roles.add("MANAGER");
            }
            if (login != null && !login.role().equals("EMPLOYEE") && !login.role().equals("MANAGER")) {
                roles.add(login.role());
                if (login.role().equals("ADMIN")) {
                    roles.remove("EMPLOYEE");
                }
            }
            long userId = repository.insertUser(p.email(), p.fullName(), hash, employeeIds.get(p.email()), roles, now);
            userIds.put(p.email(), userId);
            if (p.manager()) {
                repository.insertManagedBranch(userId, p.branchId());
            }
        }
        Map<Long, String> departmentNames = new HashMap<>();
        departmentIds.forEach((name, id) -> departmentNames.put(id, name));
        List<DemoContext.DemoBranchIds> branchList = new ArrayList<>();
        for (DemoBranch b : DemoOrganisation.BRANCHES) {
            long branchId = branchIds.get(b.code());
            branchList.add(new DemoContext.DemoBranchIds(branchId, b, people.stream().filter(p -> p.branchId() == branchId)
                    .map(p -> new DemoContext.DemoPerson(employeeIds.get(p.email()), userIds.get(p.email()), p.fullName(),
                            p.email(), p.departmentId(), departmentNames.get(p.departmentId()), p.hireDate(), p.manager(),
                            p.active()))
                    .toList()));
        }
        DemoContext context = new DemoContext(now, clock, zone, List.copyOf(branchList), Map.copyOf(userIds));
        for (DemoContributor contributor : contributors) {
            long t0 = System.nanoTime();
            contributor.contribute(context);
            log.info("Demo data of {} in {} ms", contributor.getClass().getSimpleName(), (System.nanoTime() - t0) / 1_000_000);
        }
        repository.putSetting("org.name", DemoOrganisation.NAME);
        repository.putSetting("demo.generated-at", now.toString());
        log.info("Generated the demo organisation {}: {} branches, {} staff in {} ms", DemoOrganisation.NAME,
                branchIds.size(), people.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** True when the database holds the generated demo organisation (its demo accounts exist). */
    @Transactional(readOnly = true)
    public boolean isDemoOrganisation() {
        return repository.settingExists("demo.generated-at");
    }

    private static List<String> pickDepartment(Random random, int index, boolean hasManager) {
        if (!hasManager) {
            return DemoOrganisation.DEPARTMENTS.get(5);
        }
        double r = random.nextDouble();
        int d = r < 0.15 ? 0 : r < 0.55 ? 1 : r < 0.72 ? 2 : r < 0.84 ? 3 : r < 0.96 ? 4 : 5;
        return DemoOrganisation.DEPARTMENTS.get(d);
    }

    private static String uniqueEmail(Set<String> taken, String given, String family) {
        String base = ascii(given) + "." + ascii(family);
        String email = base + "@" + DemoOrganisation.DOMAIN;
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@" + DemoOrganisation.DOMAIN;
        }
        return email;
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
