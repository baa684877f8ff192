package org.advocacy.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one e-mail rule used by accounts, employees and customers' contact details. */
class EmailAddressTest {

    @Test
    void normalisedByTrimmingAndLowerCasing() {
        assertThat(EmailAddress.normalise("  Lan.Nguyen@SenSpa.VN \t")).isEqualTo("lan.nguyen@senspa.vn");
        assertThat(EmailAddress.normalise(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lan@senspa.vn", "lan.nguyen+hr@mail.senspa.com.vn", "a@b.co", "ngọc@sen.vn"})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddress.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lan", "lan@", "@senspa.vn", "lan@senspa", "lan@senspa.v", "lan@@senspa.vn",
            "lan nguyen@senspa.vn", "lan@sen spa.vn", "lan<x>@senspa.vn", "\"lan\"@senspa.vn",
            "Lan <lan@senspa.vn>", "lan@senspa.vn>"})
    void refusesWhatIsNoAddress(String email) {
        assertThat(EmailAddress.isValid(email)).isFalse();
    }

    @Test
    void localPartAndWholeAddressHaveLimits() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddress.isValid(local64 + "@senspa.vn")).isTrue();
        assertThat(EmailAddress.isValid(local64 + "a@senspa.vn")).isFalse();
        String domain = "d".repeat(EmailAddress.MAX_LENGTH - 2 - 3) + ".vn"; // "a@" + domain = MAX_LENGTH
        assertThat(EmailAddress.isValid("a@" + domain)).isTrue();
        assertThat(EmailAddress.isValid("ab@" + domain)).isFalse();
    }
}
