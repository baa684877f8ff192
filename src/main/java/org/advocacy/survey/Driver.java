package org.advocacy.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A driver statement answered on a 1–5 agreement scale, with its wording per language. */
public record Driver(String code, String textEn, String textVi) {

    public String text(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? textVi : textEn;
    }

    /** The built-in bilingual library HR picks from. */
    public static final List<Driver> LIBRARY = List.of(
            new Driver("recognition", "I get recognition when I do good work.",
                    "Tôi được ghi nhận khi làm tốt công việc."),
            new Driver("growth", "I can learn and grow here.", "Tôi có cơ hội học hỏi và phát triển ở đây."),
            new Driver("manager", "My manager supports me.", "Quản lý trực tiếp luôn hỗ trợ tôi."),
            new Driver("team", "My team works well together.", "Nhóm của tôi phối hợp ăn ý với nhau."),
            new Driver("workload", "My workload is manageable.", "Khối lượng công việc của tôi vừa sức."),
            new Driver("wellbeing", "I feel well and balanced at work.", "Tôi cảm thấy khỏe mạnh và cân bằng khi làm việc."),
            new Driver("customer", "We put our guests first.", "Chúng tôi luôn đặt khách hàng lên hàng đầu."),
            new Driver("pride", "I am proud to work here.", "Tôi tự hào khi làm việc ở đây."),
            new Driver("tools", "I have the tools I need to do my job.", "Tôi có đủ dụng cụ và phương tiện để làm tốt việc."),
            new Driver("communication", "I am kept informed about what matters.",
                    "Tôi được thông tin đầy đủ về những điều quan trọng."));

    public static Optional<Driver> library(String code) {
        return LIBRARY.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
