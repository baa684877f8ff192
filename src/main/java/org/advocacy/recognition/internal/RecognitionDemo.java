package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.RECOGNITION;
import static org.advocacy.jooq.Tables.RECOGNITION_APPLAUSE;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;
import static org.advocacy.jooq.Tables.RECOGNITION_VALUE;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.advocacy.demo.DemoContext;
import org.advocacy.demo.DemoContext.DemoBranchIds;
import org.advocacy.demo.DemoContext.DemoPerson;
import org.advocacy.demo.DemoContributor;
import org.advocacy.recognition.CompanyValueData;
import org.advocacy.recognition.Visibility;
import org.advocacy.settings.AppSettings;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's five values and 18 months of recognition with applause: more recognition where the
 * hidden culture level is higher. Ids are assigned here so everything goes in as a few multi-row inserts.
 */
@Component
class RecognitionDemo implements DemoContributor {

    static final List<CompanyValueData> VALUES = List.of(
            new CompanyValueData("CUSTOMER_FIRST", "Khách hàng là trung tâm", "Customer first",
                    "Mỗi quyết định bắt đầu từ trải nghiệm của khách.", "Every decision starts from the guest's experience.",
                    "vaadin:heart", "#C2185B", true, 1),
            new CompanyValueData("WHOLEHEARTED", "Tận tâm", "Wholehearted care",
                    "Chăm sóc từng chi tiết bằng cả trái tim.", "Caring for every detail with the whole heart.",
                    "vaadin:handshake", "#2E7D32", true, 2),
            new CompanyValueData("ONE_TEAM", "Đồng đội", "One team",
                    "Giúp đỡ nhau để cả chi nhánh cùng tỏa sáng.", "Helping each other so the whole branch shines.",
                    "vaadin:group", "#1565C0", true, 3),
            new CompanyValueData("MASTERY", "Tay nghề chuẩn mực", "Mastery of craft",
                    "Không ngừng học hỏi để mỗi liệu trình đều hoàn hảo.", "Always learning so every treatment is flawless.",
                    "vaadin:academy-cap", "#6A1B9A", true, 4),
            new CompanyValueData("CALM_SPACE", "Không gian an yên", "A calm, clean space",
                    "Giữ cho không gian luôn sạch, yên tĩnh và an toàn.", "Keeping the space clean, quiet and safe.",
                    "vaadin:sun-o", "#EF6C00", true, 5));

    /** Messages per value (same order as VALUES); {0} is the recipient's given name. */
    private static final List<List<String>> MESSAGES = List.of(
            List.of("Cảm ơn {0} đã ở lại muộn để khách kịp liệu trình cuối ngày.",
                    "{0} nhớ cả tên và sở thích của khách quen, khách rất vui!",
                    "Khách khen {0} tư vấn rất chân thành, không hề ép mua."),
            List.of("{0} chăm sóc một khách lớn tuổi thật chu đáo từ lúc đến đến lúc về.",
                    "Cảm ơn {0} đã tận tâm với từng chi tiết nhỏ trong phòng trị liệu.",
                    "{0} gọi hỏi thăm khách sau liệu trình, rất đáng trân trọng."),
            List.of("{0} đã hỗ trợ cả ca chiều khi chi nhánh thiếu người.",
                    "Cảm ơn {0} đã hướng dẫn bạn mới rất kiên nhẫn.",
                    "{0} luôn sẵn lòng đổi ca giúp đồng nghiệp."),
            List.of("Kỹ thuật massage đá nóng của {0} được khách khen hết lời.",
                    "{0} vừa hoàn thành khóa chăm sóc da nâng cao, xuất sắc!",
                    "Liệu trình của {0} hôm nay thật hoàn hảo."),
            List.of("{0} giữ quầy lễ tân và phòng chờ luôn gọn gàng, thơm mát.",
                    "Cảm ơn {0} đã phát hiện và xử lý kịp sàn trơn ở hành lang.",
                    "Nhờ {0} mà không gian thư giãn luôn yên tĩnh."));

    private final DSLContext dsl;
    private final CompanyValueRepository values;
    private final AppSettings settings;

    RecognitionDemo(DSLContext dsl, CompanyValueRepository values, AppSettings settings) {
        this.dsl = dsl;
        this.values = values;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.random("recognition");
        LocalDateTime now = context.now();
        List<Long> valueIds = new ArrayList<>();
        for (CompanyValueData v : VALUES) {
            valueIds.add(values.insert(v, now));
        }
        settings.put("recognition.peer-enabled", "true");

        long nextId = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(RECOGNITION.ID), 0L))
                .from(RECOGNITION).fetchOne().value1() + 1;
        var recognitions = new ArrayList<org.jooq.Row5<Long, Long, String, Visibility, LocalDateTime>>();
        var recipients = new ArrayList<org.jooq.Row4<Long, Long, Long, LocalDateTime>>();
        var named = new ArrayList<org.jooq.Row2<Long, Long>>();
        var applause = new ArrayList<org.jooq.Row3<Long, Long, LocalDateTime>>();
        YearMonth current = YearMonth.from(context.today());
        for (DemoBranchIds branch : context.branches()) {
            List<DemoPerson> staff = branch.staff().stream().filter(p -> p.active() && p.userId() != null).toList();
            DemoPerson manager = staff.stream().filter(DemoPerson::manager).findFirst().orElse(null);
            double culture = branch.branch().culture();
            for (int m = DemoContext.HISTORY_MONTHS - 1; m >= 0; m--) {
                YearMonth month = current.minusMonths(m);
                // recognition per head and month rises with the culture level: 0.1 at 0, 0.85 at 1
                double expected = staff.size() * (0.1 + 0.75 * culture) * (0.8 + 0.4 * random.nextDouble());
                int count = (int) Math.round(expected);
                for (int i = 0; i < count; i++) {
                    int day = 1 + random.nextInt(month.lengthOfMonth());
                    LocalDateTime at = month.atDay(day).atTime(2 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
                    if (!at.isBefore(now)) {
                        continue;
                    }
                    // managers give most; colleagues more where the culture is strong
                    DemoPerson giver = manager != null && random.nextDouble() > 0.25 + 0.4 * culture ? manager
                            : staff.get(random.nextInt(staff.size()));
                    Set<DemoPerson> whom = new java.util.LinkedHashSet<>();
                    int people = random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(2);
                    for (int tries = 0; whom.size() < people && tries < 10; tries++) {
                        DemoPerson p = staff.get(random.nextInt(staff.size()));
                        if (p != giver) {
                            whom.add(p);
                        }
                    }
                    if (whom.isEmpty()) {
                        continue;
                    }
                    int value = random.nextInt(VALUES.size());
                    DemoPerson first = whom.iterator().next();
                    String given = first.fullName().substring(first.fullName().lastIndexOf(' ') + 1);
                    String message = MESSAGES.get(value).get(random.nextInt(3)).replace("{0}", given);
                    double v = random.nextDouble();
                    Visibility visibility = v < 0.35 ? Visibility.COMPANY
                            : v < 0.9 ? Visibility.BRANCH : Visibility.PRIVATE;
                    long id = nextId++;
                    recognitions.add(org.jooq.impl.DSL.row(id, giver.userId(), message, visibility, at));
                    for (DemoPerson p : whom) {
                        recipients.add(org.jooq.impl.DSL.row(id, p.employeeId(), branch.id(), at));
                    }
                    named.add(org.jooq.impl.DSL.row(id, valueIds.get(value)));
                    if (random.nextDouble() < 0.3) {
                        int second = random.nextInt(VALUES.size());
                        if (second != value) {
                            named.add(org.jooq.impl.DSL.row(id, valueIds.get(second)));
                        }
                    }
                    if (visibility != Visibility.PRIVATE) {
                        Set<Long> clapped = new HashSet<>();
                        int claps = random.nextInt(1 + (int) (culture * 8));
                        for (int c = 0; c < claps; c++) {
                            long user = staff.get(random.nextInt(staff.size())).userId();
                            if (clapped.add(user)) {
                                LocalDateTime when = at.plusMinutes(5 + random.nextInt(600));
                                applause.add(org.jooq.impl.DSL.row(id, user, when.isBefore(now) ? when : at));
                            }
                        }
                    }
                }
            }
        }
        List<Query> inserts = new ArrayList<>();
        for (var chunk : chunks(recognitions)) {
            inserts.add(dsl.insertInto(RECOGNITION, RECOGNITION.ID, RECOGNITION.GIVER_USER_ID, RECOGNITION.MESSAGE,
                    RECOGNITION.VISIBILITY, RECOGNITION.CREATED_AT).valuesOfRows(chunk));
        }
        for (var chunk : chunks(recipients)) {
            inserts.add(dsl.insertInto(RECOGNITION_RECIPIENT, RECOGNITION_RECIPIENT.RECOGNITION_ID,
                    RECOGNITION_RECIPIENT.EMPLOYEE_ID, RECOGNITION_RECIPIENT.BRANCH_ID, RECOGNITION_RECIPIENT.CREATED_AT)
                    .valuesOfRows(chunk));
        }
        for (var chunk : chunks(named)) {
            inserts.add(dsl.insertInto(RECOGNITION_VALUE, RECOGNITION_VALUE.RECOGNITION_ID, RECOGNITION_VALUE.VALUE_ID)
                    .valuesOfRows(chunk));
        }
        for (var chunk : chunks(applause)) {
            inserts.add(dsl.insertInto(RECOGNITION_APPLAUSE, RECOGNITION_APPLAUSE.RECOGNITION_ID,
                    RECOGNITION_APPLAUSE.USER_ID, RECOGNITION_APPLAUSE.CREATED_AT).valuesOfRows(chunk));
        }
        inserts.forEach(Query::execute);
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 1000) {
            result.add(rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
        return result;
    }

}
