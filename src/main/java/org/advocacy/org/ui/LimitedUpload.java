package org.advocacy.org.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory up to a limit, refused while it streams: a file whose declared size is over the limit is
 * refused before a byte is read, and one without a declared size (or a lying one) as soon as one byte more than the
 * limit has arrived; the rest is never read. Vaadin's in-memory handler reads the whole body first. The callbacks
 * run with the UI locked.
 */
final class LimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final String refusal;
    private final SerializableConsumer<byte[]> accepted;
    private final SerializableRunnable refused;

    LimitedUpload(int maxBytes, String refusal, SerializableConsumer<byte[]> accepted, SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.accepted = accepted;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes = null;
        if (event.getFileSize() <= maxBytes) {
            try (InputStream in = event.getInputStream()) {
                bytes = readAtMost(in, maxBytes);
            }
        }
        if (bytes == null) {
            event.reject(refusal);
            ui.access(refused::run);
            return;
        }
        byte[] file = bytes;
        ui.access(() -> accepted.accept(file));
    }

    /** Multipart uploads are parsed by the servlet container first; Vaadin then refuses those over the limit too. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /**
     * The stream's bytes when there are at most {@code max}, or null as soon as there is one more (never reading
     * further than that one byte).
     */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 256 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buffer.length, (long) max + 1 - total);
            int n = in.read(buffer, 0, want);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }
}
