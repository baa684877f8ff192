package org.advocacy.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.springframework.stereotype.Component;

/**
 * The opaque token by which the public form and name-badge QR codes name a member of staff: HMAC-SHA256 of (branch,
 * employee) under a random key kept in the database, so it is stable across restarts (printed badges keep working),
 * different in every branch, and reveals neither the internal id nor anything about people who are not offered.
 */
@Component
class StaffTokens {

    static final String KEY_SETTING = "feedback.staff-token-key";
    static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{12}$");

    private final SecretKeySpec key;

    StaffTokens(FeedbackRepository feedback) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String stored = feedback.settingOrCreate(KEY_SETTING, HexFormat.of().formatHex(fresh));
        this.key = new SecretKeySpec(HexFormat.of().parseHex(stored), "HmacSHA256");
    }

    String of(long branchId, long employeeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((branchId + ":" + employeeId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 9));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }
}
