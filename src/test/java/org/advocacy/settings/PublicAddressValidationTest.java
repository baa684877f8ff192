package org.advocacy.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advocacy.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/** What an administrator may store as the public address, and the message that names what to fix otherwise. */
class PublicAddressValidationTest {

    private static String key(String url) {
        try {
            PublicAddressService.validate(url);
        } catch (ValidationException e) {
            assertThat(e.field()).isEqualTo("url");
            return e.messageKey();
        }
        throw new AssertionError("accepted: " + url);
    }

    @Test
    void absoluteHttpAndHttpsAddressesAreCleanedOfTrailingSlashes() {
        assertThat(PublicAddressService.validate(" https://feedback.senspa.vn/ ")).isEqualTo("https://feedback.senspa.vn");
        assertThat(PublicAddressService.validate("HTTPS://feedback.senspa.vn")).isEqualTo("https://feedback.senspa.vn");
        assertThat(PublicAddressService.validate("http://192.168.1.20:8080")).isEqualTo("http://192.168.1.20:8080");
        assertThat(PublicAddressService.validate("https://senspa.vn/portal//")).isEqualTo("https://senspa.vn/portal");
        assertThat(PublicAddressService.validate("https://[2001:db8::1]:8443")).isEqualTo("https://[2001:db8::1]:8443");
    }

    @Test
    void everythingElseIsRefusedWithItsOwnReason() {
        assertThat(key(null)).isEqualTo("settings.publicUrl.error.required");
        assertThat(key("   ")).isEqualTo("settings.publicUrl.error.required");
        assertThat(key("https://" + "a".repeat(PublicAddressService.MAX_LENGTH) + ".vn"))
                .isEqualTo("settings.publicUrl.error.tooLong");
        assertThat(key("https://feedback senspa.vn")).isEqualTo("settings.publicUrl.error.spaces");
        assertThat(key("https://feedback.senspa.vn/\"><script>")).isEqualTo("settings.publicUrl.error.spaces");
        assertThat(key("feedback.senspa.vn")).isEqualTo("settings.publicUrl.error.scheme");
        assertThat(key("ftp://feedback.senspa.vn")).isEqualTo("settings.publicUrl.error.scheme");
        assertThat(key("javascript:alert(1)")).isEqualTo("settings.publicUrl.error.scheme");
        assertThat(key("https://feedback.senspa.vn/?utm=poster")).isEqualTo("settings.publicUrl.error.query");
        assertThat(key("https://feedback.senspa.vn/#top")).isEqualTo("settings.publicUrl.error.query");
        assertThat(key("https://admin:secret@feedback.senspa.vn")).isEqualTo("settings.publicUrl.error.userInfo");
        assertThat(key("https:///no-host")).isEqualTo("settings.publicUrl.error.invalid");
        assertThat(key("https://bad_host.vn")).isEqualTo("settings.publicUrl.error.invalid");
        assertThat(key("https://x.vn/%zz")).isEqualTo("settings.publicUrl.error.invalid");
    }

    @Test
    void loopbackAddressesAreTheOnesPhonesCannotReach() {
        assertThat(PublicAddressService.isLoopback("http://localhost:8080")).isTrue();
        assertThat(PublicAddressService.isLoopback("http://127.0.0.1:8161")).isTrue();
        assertThat(PublicAddressService.isLoopback("http://[::1]:8080")).isTrue();
        assertThat(PublicAddressService.isLoopback("https://feedback.senspa.vn")).isFalse();
        assertThat(PublicAddressService.isLoopback("http://192.168.1.20:8080")).isFalse();
    }
}
