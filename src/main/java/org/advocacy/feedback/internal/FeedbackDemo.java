package org.advocacy.feedback.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.advocacy.demo.DemoContext;
import org.advocacy.demo.DemoContributor;
import org.advocacy.feedback.PraiseStatus;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.feedback.FollowUpStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 18 months of customer feedback for the demo organisation: tens to hundreds of answers per branch and month (more
 * at bigger branches), whose NPS follows the branch's hidden culture level ONE MONTH LATER (the outlier HP01 does
 * not follow), Vietnamese praise naming real staff (approved, the last days' still pending), and follow-up cases of
 * detractors (resolved, could not reach, open, overdue). Written with multi-row inserts: about a second.
 */
@Component
class FeedbackDemo implements DemoContributor {

    private static final String[] TOUCHPOINTS = {"reception", "consultation", "treatment", "treatment", "checkout"};
    private static final String[] PRAISE = {
        "{0} massage rất khéo, tôi thấy nhẹ cả người.",
        "Cảm ơn {0} đã tư vấn tận tình và không hề ép mua gói.",
        "{0} rất chu đáo, nhớ cả loại trà tôi thích.",
        "{0} làm da mặt cho tôi rất nhẹ nhàng, sẽ quay lại.",
        "{0} đón tiếp niềm nở, giải thích rõ từng bước.",
        "Tay nghề của {0} quá tốt, đau vai gáy đỡ hẳn.",
        "{0} luôn mỉm cười và hỏi han tôi suốt buổi.",
        "Rất hài lòng với {0}, chuyên nghiệp và tinh tế."};
    private static final String[] PRAISE_BRANCH = {
        "Không gian yên tĩnh, thơm mùi sả, rất thư giãn.", "Dịch vụ tốt, giá hợp lý.", "Phòng sạch, nhân viên dễ thương."};
    private static final String[] COMPLAINTS = {
        "Phải đợi hơn 30 phút dù đã đặt lịch trước.", "Phòng hơi lạnh và ồn tiếng khoan bên cạnh.",
        "Nhân viên thanh toán tính sai giá gói dịch vụ.", "Khăn chưa được sạch, tôi không hài lòng.",
        "Kỹ thuật viên làm vội, chưa hết giờ đã kết thúc.", "Tư vấn viên cứ mời mua thẻ thành viên, rất phiền."};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    private static final String[] GIVEN = {"Hoa", "Tuấn", "Mai", "Hùng", "Thu", "Nam", "Yến", "Long"};

    private static final java.util.Set<String> OFFICE_DEPARTMENTS = java.util.Set.of("Quản lý chi nhánh",
            "Văn phòng điều hành");

    private final FeedbackRepository feedback;
    private final FollowUpRepository followUps;
    private final int retentionDays;

    FeedbackDemo(FeedbackRepository feedback, FollowUpRepository followUps,
            @Value("${app.feedback.contact-retention-days:180}") int retentionDays) {
        this.feedback = feedback;
        this.followUps = followUps;
        this.retentionDays = retentionDays;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext ctx) {
        Random random = ctx.random("feedback");
        LocalDateTime now = ctx.now();
        LocalDate today = ctx.today();
        YearMonth first = YearMonth.from(today).minusMonths(DemoContext.HISTORY_MONTHS - 1);
        List<NewFeedback> rows = new ArrayList<>();
        Map<String, CaseSeed> caseSeeds = new java.util.LinkedHashMap<>();
        for (DemoContext.DemoBranchIds b : ctx.branches()) {
            // the managers' choice of who the form offers: deputy managers and head-office people are not
            // customer-facing (the default already leaves out managers and HR, leader and admin accounts)
            for (DemoContext.DemoPerson p : b.staff()) {
                if (p.active() && !p.manager() && OFFICE_DEPARTMENTS.contains(p.departmentName())) {
                    feedback.saveStaffChoice(p.employeeId(), false, null, now);
                }
            }
            List<DemoContext.DemoPerson> active = b.staff().stream().filter(DemoContext.DemoPerson::active).toList();
            Long managerUser = b.staff().stream().filter(p -> p.manager() && p.userId() != null)
                    .map(DemoContext.DemoPerson::userId).findFirst().orElse(null);
            for (int m = 0; m < DemoContext.HISTORY_MONTHS; m++) {
                YearMonth month = first.plusMonths(m);
                int lastDay = month.equals(YearMonth.from(today)) ? today.getDayOfMonth() : month.lengthOfMonth();
                double level = ctx.customerCultureAt(b.branch(), month);
                int n = (int) Math.round(b.branch().staff() * (1.5 + 3.5 * random.nextDouble()) * lastDay / month.lengthOfMonth());
                for (int i = 0; i < n; i++) {
                    LocalDate day = month.atDay(1 + random.nextInt(lastDay));
                    LocalDateTime local = day.atTime(9 + random.nextInt(11), random.nextInt(60), random.nextInt(60));
                    LocalDateTime submitted = local.atZone(ctx.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
                    if (submitted.isAfter(now)) {
                        submitted = now.minusMinutes(1 + random.nextInt(600));
                        day = submitted.atOffset(ZoneOffset.UTC).atZoneSameInstant(ctx.zone()).toLocalDate();
                    }
                    double latent = level + random.nextGaussian() * 0.15;
                    // culture 0.2 → about 6.4 (NPS near −40), 0.85 → about 10 (near +80): customers of a spa score
                    // higher than its staff do, and the scale stays linear over the demo's range
                    int nps = clamp((int) Math.round(5.3 + 5.5 * latent + random.nextGaussian() * 1.2), 0, 10);
                    Integer csat = random.nextDouble() < 0.8 ? clamp((int) Math.round(1.2 + 4 * latent + random.nextGaussian() * 0.7), 1, 5) : null;
                    Integer ces = random.nextDouble() < 0.6 ? clamp((int) Math.round(1.5 + 6 * latent + random.nextGaussian()), 1, 7) : null;
                    String touchpoint = random.nextDouble() < 0.85 ? TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)] : null;
                    Long employeeId = null;
                    String praise = null;
                    PraiseStatus status = null;
                    if (NetScore.isPromoter(nps) && random.nextDouble() < 0.3 && !active.isEmpty()) {
                        DemoContext.DemoPerson p = active.get(random.nextInt(active.size()));
                        employeeId = p.employeeId();
                        String given = p.fullName().substring(p.fullName().lastIndexOf(' ') + 1);
                        praise = PRAISE[random.nextInt(PRAISE.length)].replace("{0}", "Chị " + given);
                        if (p.fullName().contains(" Văn ") || p.fullName().contains(" Quốc ") || p.fullName().contains(" Đức ")) {
                            praise = praise.replace("Chị " + given, "Anh " + given);
                        }
                        status = day.isAfter(today.minusDays(10)) && random.nextDouble() < 0.6 ? PraiseStatus.PENDING : PraiseStatus.APPROVED;
                    } else if (NetScore.isPromoter(nps) && random.nextDouble() < 0.15) {
                        praise = PRAISE_BRANCH[random.nextInt(PRAISE_BRANCH.length)];
                    }
                    String comment = NetScore.isDetractor(nps) && random.nextDouble() < 0.6 ? COMPLAINTS[random.nextInt(COMPLAINTS.length)] : null;
                    boolean consent = NetScore.isDetractor(nps) && random.nextDouble() < (day.isAfter(today.minusDays(60)) ? 0.35 : 0.08);
                    String name = null;
                    String phone = null;
                    String submissionId = new UUID(random.nextLong(), random.nextLong()).toString();
                    LocalDateTime erased = null;
                    if (consent) {
                        name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
                        phone = "09" + (10_000_000 + random.nextInt(89_999_999));
                        if (submitted.isBefore(now.minusDays(retentionDays))) {
                            name = null; // already past the retention time: erased as the job would have
                            phone = null;
                            erased = submitted.plusDays(retentionDays);
                        }
                        caseSeeds.put(submissionId, new CaseSeed(b.id(), managerUser, submitted));
                    }
                    String channel = random.nextDouble() < 0.2 ? "kiosk" : "web";
                    rows.add(new NewFeedback(b.id(), nps, csat, ces, touchpoint, employeeId, praise, comment, name, phone,
                            null, consent, submitted, day, channel, null, submissionId, null, null, null, status, submitted, erased));
                }
            }
        }
        feedback.insertAll(rows);
        Map<String, Long> ids = feedback.idsBySubmission(caseSeeds.keySet());
        List<FollowUpRepository.DemoCase> cases = new ArrayList<>();
        caseSeeds.forEach((sub, seed) -> {
            LocalDateTime due = seed.submitted().plusHours(48);
            double age = java.time.Duration.between(seed.submitted(), now).toHours();
            FollowUpStatus status;
            LocalDateTime closed = null;
            String note = null;
            double r = random.nextDouble();
            if (age > 24 * 14 || (age > 72 && r < 0.6)) {
                status = r < 0.8 ? FollowUpStatus.RESOLVED : FollowUpStatus.UNREACHABLE;
                closed = seed.submitted().plusHours(6 + random.nextInt(60));
                note = status == FollowUpStatus.RESOLVED ? "Đã gọi xin lỗi khách, tặng voucher 20% cho lần sau."
                        : "Gọi ba lần không ai nghe máy.";
            } else {
                status = r < 0.5 ? FollowUpStatus.NEW : FollowUpStatus.CONTACTED;
                note = status == FollowUpStatus.CONTACTED ? "Đã gọi, khách hẹn trao đổi thêm." : null;
            }
            cases.add(new FollowUpRepository.DemoCase(ids.get(sub), seed.branchId(), status,
                    status == FollowUpStatus.NEW ? null : seed.managerUser(), due, seed.submitted(), closed, note));
        });
        cases.sort(java.util.Comparator.comparingLong(FollowUpRepository.DemoCase::feedbackId));
        followUps.insertDemo(cases);
    }

    private record CaseSeed(long branchId, Long managerUser, LocalDateTime submitted) {
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
