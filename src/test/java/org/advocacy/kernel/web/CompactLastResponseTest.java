package org.advocacy.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The last UIDL response Vaadin keeps per UI is held deflated and comes back unchanged when it may be resent. */
class CompactLastResponseTest {

    /** A screen's worth of changes, with Vietnamese text in it as the portal's screens have. */
    private static String screenJson() {
        StringBuilder json = new StringBuilder("{\"syncId\":1,\"clientId\":1,\"changes\":[");
        for (int node = 0; node < 400; node++) {
            json.append("{\"node\":").append(node).append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"")
                    .append(node % 3 == 0 ? "Khảo sát nhanh đã được lưu ẩn danh " : "What you can do ")
                    .append(ThreadLocalRandom.current().nextInt(1000)).append("\"},");
        }
        return json.append("{}]}").toString();
    }

    @Test
    void aLongLastResponseIsKeptDeflatedAndComesBackUnchanged() {
        UI ui = new UI();
        String response = screenJson();
        ui.getInternals().setLastRequestResponse(response);

        CompactLastResponse.pack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        // held as UTF-16 the response took two bytes a character; packed it takes under a tenth of that
        assertThat(CompactLastResponse.packedSize(ui)).isPositive().isLessThan(response.length() * 2 / 10);

        CompactLastResponse.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(response);
        assertThat(CompactLastResponse.packedSize(ui)).isZero();
    }

    @Test
    void aShortLastResponseStaysAsItIsAndReplacesAnOlderPackedOne() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(screenJson());
        CompactLastResponse.pack(ui);
        String click = "{\"syncId\":2,\"clientId\":2,\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"text\",\"value\":\"Đã lưu\"}]}";
        ui.getInternals().setLastRequestResponse(click);

        CompactLastResponse.pack(ui);
        CompactLastResponse.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(click);
        assertThat(CompactLastResponse.packedSize(ui)).isZero();
    }

    @Test
    void onlyARequestRepeatingTheLastMessageIdOrAnUnreadableOneMayGetTheStoredResponse() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(4, new byte[32]);

        assertThat(CompactLastResponse.mayRepeat(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":4}")).isTrue();
        assertThat(CompactLastResponse.mayRepeat(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":5}")).isFalse();
        assertThat(CompactLastResponse.mayRepeat(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":45}")).isFalse();
        assertThat(CompactLastResponse.mayRepeat(ui, "")).isTrue();
        assertThat(CompactLastResponse.mayRepeat(ui, null)).isTrue();
    }
}
