package org.advocacy.kernel.web;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Keeps the copy of each UI's last UIDL response, which Vaadin holds to send it again when the browser repeats a
 * request whose answer was lost, deflated instead of as a string (decision 0044). After a navigation that copy is the
 * whole screen as JSON, 40–75 thousand characters, stored as UTF-16 because of the Vietnamese letters in it: about
 * 90–150 KB per open tab, more than the screen's own components. Deflated it is about a tenth of that. The copy is
 * inflated again before Vaadin could need it (a request repeating the last message id), so a repeated request gets
 * exactly the same answer as before.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    /** Responses shorter than this stay as they are: a click's answer is a few hundred characters. */
    static final int MIN_CHARS = 4096;
    private static final String KEY = CompactLastResponse.class.getName();
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // handlers added here run before Vaadin's own, so this one answers every UIDL request
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL handler with the last response inflated around each request that may repeat it. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null && mayRepeat(ui, requestBody)) {
                unpack(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    pack(ui);
                }
            }
        }
    }

    /**
     * Vaadin answers with the stored response only to a message carrying the last processed message id again; any
     * other id, or a body this cannot read, is treated as possibly repeating.
     */
    static boolean mayRepeat(UI ui, String requestBody) {
        Matcher id = requestBody == null ? null : CLIENT_ID.matcher(requestBody);
        return id == null || !id.find()
                || Integer.parseInt(id.group(1)) == ui.getInternals().getLastProcessedClientToServerId();
    }

    /** Replaces a long last response by its deflated UTF-8 bytes, kept with the UI. */
    static void pack(UI ui) {
        UIInternals internals = ui.getInternals();
        String last = internals.getLastRequestResponse();
        if (last == null) {
            return;
        }
        if (last.length() < MIN_CHARS) {
            ComponentUtil.setData(ui, KEY, null);
            return;
        }
        ComponentUtil.setData(ui, KEY, deflate(last.getBytes(StandardCharsets.UTF_8)));
        internals.setLastRequestResponse(null);
    }

    /** Puts the last response back as Vaadin stored it. */
    static void unpack(UI ui) {
        if (ComponentUtil.getData(ui, KEY) instanceof byte[] packed) {
            ui.getInternals().setLastRequestResponse(new String(inflate(packed), StandardCharsets.UTF_8));
            ComponentUtil.setData(ui, KEY, null);
        }
    }

    /** The packed size of the UI's last response in bytes, 0 when it is not packed. */
    static int packedSize(UI ui) {
        return ComponentUtil.getData(ui, KEY) instanceof byte[] packed ? packed.length : 0;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 6 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 6);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a UI's packed last response is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("a UI's packed last response is damaged", e));
        } finally {
            inflater.end();
        }
    }
}
