package org.advocacy.demo;

import java.util.List;

/**
 * The fictional Vietnamese spa chain "Sen Spa" of docs/domain-rules.md#demo-organisation. Fixed data; the people are
 * generated from SEED.
 */
public final class DemoOrganisation {

    public static final long SEED = 20_261_123L;
    public static final String NAME = "Sen Spa";
    public static final String PASSWORD = "demo-senspa";
    public static final String DOMAIN = "senspa.vn";

    /**
     * HP01 is the outlier: the strongest culture (its staff eNPS among the best) but customer scores dragged down by its
     * location (see DemoContext). The other levels spread from 0.20 to 0.82 so that, even with the outlier pulling on
     * it, a quarter's relationship across the chain is clear (docs/decisions/0040).
     */
    public static final List<DemoBranch> BRANCHES = List.of(
            new DemoBranch("HN01", "Sen Spa Hoàn Kiếm", "Hà Nội", "Miền Bắc", 32, 0.80),
            new DemoBranch("HN02", "Sen Spa Tây Hồ", "Hà Nội", "Miền Bắc", 26, 0.55),
            new DemoBranch("HN03", "Sen Spa Cầu Giấy", "Hà Nội", "Miền Bắc", 22, 0.35),
            new DemoBranch("HP01", "Sen Spa Lạch Tray", "Hải Phòng", "Miền Bắc", 20, 0.86),
            new DemoBranch("DN01", "Sen Spa Mỹ Khê", "Đà Nẵng", "Miền Trung", 28, 0.70),
            new DemoBranch("DN02", "Sen Spa Hải Châu", "Đà Nẵng", "Miền Trung", 20, 0.20),
            new DemoBranch("HA01", "Sen Spa Phố Cổ Hội An", "Hội An", "Miền Trung", 24, 0.60),
            new DemoBranch("NT01", "Sen Spa Trần Phú", "Nha Trang", "Miền Trung", 24, 0.45),
            new DemoBranch("SG01", "Sen Spa Quận 1", "TP. Hồ Chí Minh", "Miền Nam", 34, 0.65),
            new DemoBranch("SG02", "Sen Spa Thảo Điền", "TP. Hồ Chí Minh", "Miền Nam", 26, 0.82),
            new DemoBranch("SG03", "Sen Spa Phú Mỹ Hưng", "TP. Hồ Chí Minh", "Miền Nam", 24, 0.40),
            new DemoBranch("CT01", "Sen Spa Ninh Kiều", "Cần Thơ", "Miền Nam", 20, 0.25));

    /** The outlier branch: its customers do not follow its staff (a noisy construction site next door). */
    public static final String OUTLIER = "HP01";

    /** Departments with the job titles used in them, the first title being the most common. */
    public static final List<List<String>> DEPARTMENTS = List.of(
            List.of("Lễ tân", "Lễ tân", "Trưởng lễ tân"),
            List.of("Trị liệu", "Kỹ thuật viên trị liệu", "Kỹ thuật viên massage", "Trưởng nhóm trị liệu"),
            List.of("Chăm sóc da", "Chuyên viên chăm sóc da", "Chuyên viên thẩm mỹ"),
            List.of("Nail & Tóc", "Thợ nail", "Thợ gội đầu dưỡng sinh"),
            List.of("Tư vấn", "Chuyên viên tư vấn", "Chuyên viên bán hàng"),
            List.of("Quản lý chi nhánh", "Quản lý chi nhánh", "Phó quản lý chi nhánh"),
            List.of("Văn phòng điều hành", "Chuyên viên nhân sự", "Giám đốc điều hành", "Quản trị hệ thống"));

    /** The demo sign-ins, one per role, printed at start-up and listed in the README. */
    public record DemoLogin(String role, String email, String fullName, String branch, String department, String jobTitle) {
    }

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("EMPLOYEE", "lan.tran@senspa.vn", "Trần Thị Lan", "HN01", "Trị liệu", "Kỹ thuật viên trị liệu"),
            new DemoLogin("MANAGER", "minh.le@senspa.vn", "Lê Quang Minh", "HN01", "Quản lý chi nhánh", "Quản lý chi nhánh"),
            new DemoLogin("HR", "thao.pham@senspa.vn", "Phạm Phương Thảo", "SG01", "Văn phòng điều hành", "Chuyên viên nhân sự"),
            new DemoLogin("LEADER", "hung.vo@senspa.vn", "Võ Đức Hùng", "SG01", "Văn phòng điều hành", "Giám đốc điều hành"),
            new DemoLogin("ADMIN", "admin@senspa.vn", "Đỗ Quốc Bảo", "SG01", "Văn phòng điều hành", "Quản trị hệ thống"));

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Mai", "Cao");
    static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Phương", "Bảo", "Khánh", "Mỹ",
            "Hồng", "Minh");
    static final List<String> FEMALE_GIVEN = List.of("Anh", "Linh", "Hương", "Lan", "Mai", "Trang", "Hà", "Thảo",
            "Ngân", "Hằng", "Dung", "Phương", "Vy", "Nhung", "Yến", "Hạnh", "Trâm", "Uyên", "Quỳnh", "Hiền", "Loan",
            "Châu", "Giang", "My", "Nhi", "Oanh", "Thư", "Tuyết", "Xuân", "Diệp");
    static final List<String> MALE_MIDDLE = List.of("Văn", "Minh", "Quốc", "Đức", "Hữu", "Thành", "Gia", "Hoàng",
            "Quang", "Tiến");
    static final List<String> MALE_GIVEN = List.of("Tuấn", "Hùng", "Dũng", "Nam", "Minh", "Quân", "Long", "Khoa",
            "Hiếu", "Tâm", "Huy", "Phúc", "Thắng", "Sơn", "Bảo", "Đạt", "Khang", "Vinh");

    private DemoOrganisation() {
    }
}
