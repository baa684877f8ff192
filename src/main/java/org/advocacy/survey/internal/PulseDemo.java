package org.advocacy.survey.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advocacy.demo.DemoContext;
import org.advocacy.demo.DemoContributor;
import org.advocacy.demo.DemoOrganisation;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.survey.ActionPlanData;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ProgramData;
import org.advocacy.survey.TenureBand;
import org.springframework.stereotype.Component;

/**
 * Pulse history of the demo organisation: a monthly eNPS pulse for all staff and a quarterly deeper pulse, 18 months
 * of closed rounds (participation 70–90 %), answers driven by each branch's hidden culture level plus noise,
 * Vietnamese comments, and one quarterly round open now. Multi-row inserts keep it to well under a second.
 */
@Component
class PulseDemo implements DemoContributor {

    private static final List<String> GOOD = List.of("Quản lý luôn lắng nghe và hỗ trợ chúng tôi.",
            "Đồng nghiệp thân thiện, làm việc rất vui.", "Tôi tự hào khi khách quay lại và khen dịch vụ.",
            "Được đào tạo thêm kỹ thuật massage mới, rất bổ ích.", "Lịch làm việc hợp lý, có thời gian nghỉ ngơi.");
    private static final List<String> MIXED = List.of("Cuối tuần quá đông khách, cần thêm người.",
            "Mong có thêm khóa học nâng cao tay nghề.", "Phòng nghỉ cho nhân viên hơi chật.",
            "Thông tin từ công ty đôi khi đến chậm.");
    private static final List<String> BAD = List.of("Ca làm việc quá dài, nhân viên rất mệt.",
            "Ít khi được ghi nhận khi làm tốt.", "Dụng cụ và khăn thường xuyên bị thiếu.",
            "Quản lý ít trao đổi với nhân viên.", "Lương thưởng chưa tương xứng với công sức.");

    private final PulseRepository repository;
    private final ActionPlanRepository plans;
    private final AnonymityRules rules;

    PulseDemo(PulseRepository repository, ActionPlanRepository plans, AnonymityRules rules) {
        this.repository = repository;
        this.plans = plans;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext ctx) {
        Random random = ctx.random("survey");
        LocalDate today = ctx.today();
        List<Driver> monthlyDrivers = pick("recognition", "manager", "workload", "pride");
        List<Driver> deepDrivers = pick("recognition", "growth", "manager", "team", "workload", "wellbeing", "customer",
                "tools");
        LocalDate monthlyStart = today.minusDays(10).minusMonths(DemoContext.HISTORY_MONTHS);
        LocalDate quarterlyStart = today.minusDays(2).minusMonths(DemoContext.HISTORY_MONTHS);
        long monthly = repository.insertProgram(new ProgramData("eNPS hằng tháng", Cadence.MONTHLY, 7, monthlyStart,
                Set.of(), Set.of(), monthlyDrivers, true), "thao.pham@senspa.vn", ctx.now());
        long quarterly = repository.insertProgram(new ProgramData("Khảo sát chuyên sâu hằng quý", Cadence.QUARTERLY, 7,
                quarterlyStart, Set.of(), Set.of(), deepDrivers, true), "thao.pham@senspa.vn", ctx.now());
        Set<String> logins = DemoOrganisation.LOGINS.stream().map(DemoOrganisation.DemoLogin::email).collect(Collectors.toSet());
        List<PulseRepository.NewAnswer> answers = new ArrayList<>();
        long lastClosed = rounds(ctx, random, monthly, Cadence.MONTHLY, monthlyStart, monthlyDrivers, today, logins, answers);
        rounds(ctx, random, quarterly, Cadence.QUARTERLY, quarterlyStart, deepDrivers, today, logins, answers);
        Collections.shuffle(answers, random);
        repository.insertAnswers(answers);
        actionPlans(ctx, lastClosed, today);
    }

    /** A few "you said, we did" plans on the latest closed monthly round: the company and two low-culture branches. */
    private void actionPlans(DemoContext ctx, long roundId, LocalDate today) {
        plans.insert(new ActionPlanData(roundId, null, List.of("recognition"), List.of(
                new ActionPlanData.ActionData("Tuyên dương nhân viên xuất sắc mỗi tháng trong buổi họp toàn chi nhánh",
                        "Phạm Thu Thảo", today.plusDays(20)),
                new ActionPlanData.ActionData("Thưởng nóng cho phản hồi 5 sao nêu tên nhân viên", "Phạm Thu Thảo",
                        today.plusDays(40)))), "thao.pham@senspa.vn", ctx.now());
        for (DemoContext.DemoBranchIds b : ctx.branches()) {
            if (b.branch().code().equals("DN02") || b.branch().code().equals("CT01")) {
                String manager = b.staff().stream().filter(DemoContext.DemoPerson::manager).map(DemoContext.DemoPerson::fullName)
                        .findFirst().orElse("Quản lý chi nhánh");
                plans.insert(new ActionPlanData(roundId, b.id(), List.of("workload", "manager"), List.of(
                        new ActionPlanData.ActionData("Thêm một kỹ thuật viên cho ca cuối tuần", manager, today.plusDays(14)),
                        new ActionPlanData.ActionData("Họp nhóm 15 phút mỗi sáng thứ Hai để lắng nghe góp ý", manager,
                                today.plusDays(7)))), "demo", ctx.now());
            }
        }
    }

    private long rounds(DemoContext ctx, Random random, long programId, Cadence cadence, LocalDate start,
            List<Driver> drivers, LocalDate today, Set<String> logins, List<PulseRepository.NewAnswer> answers) {
        int n = 0;
        long lastClosed = 0;
        for (; !cadence.nth(start, n).isAfter(today); n++) {
            LocalDate day = cadence.nth(start, n);
            LocalDate closeDay = day.plusDays(7);
            boolean open = closeDay.isAfter(today);
            LocalDateTime opens = utc(ctx, day);
            LocalDateTime closes = utc(ctx, closeDay);
            Map<PulseRepository.AudienceKey, Integer> audience = new HashMap<>();
            Map<String, Integer> sharing = new HashMap<>(); // branch|department|band and branch|department
            for (DemoContext.DemoBranchIds b : ctx.branches()) {
                for (DemoContext.DemoPerson p : b.staff()) {
                    if (p.active() && !p.hireDate().isAfter(day)) {
                        audience.merge(new PulseRepository.AudienceKey(b.id(), p.departmentName()), 1, Integer::sum);
                        sharing.merge(b.id() + "|" + p.departmentName() + "|" + TenureBand.of(p.hireDate(), day), 1,
                                Integer::sum);
                        sharing.merge(b.id() + "|" + p.departmentName(), 1, Integer::sum);
                    }
                }
            }
            int invited = audience.values().stream().mapToInt(Integer::intValue).sum();
            long roundId = repository.insertRound(programId, opens, closes, closeDay, open, invited);
            repository.insertAudience(roundId, audience);
            double rate = open ? 0.4 : 0.7 + 0.2 * random.nextDouble();
            List<Long> answered = new ArrayList<>();
            for (DemoContext.DemoBranchIds b : ctx.branches()) {
                // a round counts in its close date's month (StaffAdvocacyQuery), so its answers follow that month's
                // culture, shared with the customers' generator: staff then lead customers by exactly one month
                double culture = ctx.cultureAt(b.branch(), YearMonth.from(closeDay));
                for (DemoContext.DemoPerson p : b.staff()) {
                    if (!p.active() || p.hireDate().isAfter(day) || random.nextDouble() >= rate
                            || (open && logins.contains(p.email()))) {
                        continue;
                    }
                    answered.add(p.employeeId());
                    double latent = culture + random.nextGaussian() * 0.12;
                    // culture 0.2 → about 5.3 (eNPS near −75), 0.85 → about 9.5 (near +70): linear over the demo's
                    // range, so no branch sits at the −100 floor where differences in culture no longer show
                    int score = clamp((int) Math.round(4.0 + 6.5 * latent + random.nextGaussian() * 1.2), 0, 10);
                    Map<String, Integer> scores = new LinkedHashMap<>();
                    for (Driver d : drivers) {
                        scores.put(d.code(), clamp((int) Math.round(1 + 4 * (latent + random.nextGaussian() * 0.2)), 1, 5));
                    }
                    String comment = null;
                    if (random.nextDouble() < 0.25) {
                        List<String> pool = switch (NetScore.group(score)) {
                            case PROMOTER -> GOOD;
                            case PASSIVE -> MIXED;
                            case DETRACTOR -> BAD;
                        };
                        comment = pool.get(random.nextInt(pool.size()));
                    }
                    LocalDate answeredOn = day.plusDays(random.nextInt(open ? 2 : 7));
                    // docs/domain-rules.md#rule-13, as at submit time: keep only attributes at least k of the audience
                    // share
                    String band = TenureBand.of(p.hireDate(), day);
                    String department = p.departmentName();
                    if (sharing.getOrDefault(b.id() + "|" + department + "|" + band, 0) < rules.k()) {
                        band = null;
                        if (sharing.getOrDefault(b.id() + "|" + department, 0) < rules.k()) {
                            department = null;
                        }
                    }
                    answers.add(new PulseRepository.NewAnswer(new UUID(random.nextLong(), random.nextLong()).toString(),
                            roundId, answeredOn, YearMonth.from(closeDay).toString(), b.id(), department, band, score,
                            comment, false, scores, null));
                }
            }
            repository.insertParticipations(roundId, answered);
            if (!open) {
                lastClosed = roundId;
            }
        }
        repository.setRoundsPlanned(programId, n);
        return lastClosed;
    }

    private static LocalDateTime utc(DemoContext ctx, LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(ctx.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static List<Driver> pick(String... codes) {
        List<Driver> out = new ArrayList<>();
        for (String c : codes) {
            out.add(Driver.library(c).orElseThrow());
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
