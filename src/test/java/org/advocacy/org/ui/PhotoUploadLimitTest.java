package org.advocacy.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.org.EmployeePhoto;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.PhotoImages;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A photo over 5 MB is refused while it streams (never read whole), with the message in the user's language, and
 * nothing is stored (issue 12).
 */
class PhotoUploadLimitTest extends KaribuTest {

    @Autowired
    EmployeePhotoService photos;

    /** A request body of {@code size} bytes that exists only as a counter of what was read. */
    static final class CountingBody extends ServletInputStream {
        private final long size;
        long read;

        CountingBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 0xFF);
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }

    @Test
    void readingStopsOneByteAfterTheLimit() throws Exception {
        CountingBody huge = new CountingBody(50L * 1024 * 1024);
        assertThat(LimitedUpload.readAtMost(huge, PhotoImages.MAX_BYTES)).isNull();
        assertThat(huge.read).isEqualTo(PhotoImages.MAX_BYTES + 1L);

        CountingBody exact = new CountingBody(PhotoImages.MAX_BYTES);
        assertThat(LimitedUpload.readAtMost(exact, PhotoImages.MAX_BYTES)).hasSize(PhotoImages.MAX_BYTES);
        InputStream small = new ByteArrayInputStream(new byte[] {1, 2, 3});
        assertThat(LimitedUpload.readAtMost(small, PhotoImages.MAX_BYTES)).containsExactly(1, 2, 3);
    }

    private UploadEvent upload(Upload box, CountingBody body, long declaredSize) throws Exception {
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        HttpServletRequestWrapper raw = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }
        };
        UploadEvent event = new UploadEvent(new VaadinServletRequest(raw, current.getService()), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "huge.jpg", declaredSize, "image/jpeg", box.getElement(), null);
        UploadHandler handler = UploadKt.get_handler(box);
        handler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    @Test
    void aPictureOverTheLimitIsRefusedWhileItStreamsInTheUsersLanguage() throws Exception {
        UI.getCurrent().setLocale(Translations.VIETNAMESE);
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPhotoView.class);
        Optional<EmployeePhoto> before = photos.own();
        String refusal = translations.get("photo.error.tooLarge", Translations.VIETNAMESE, 5);
        assertThat(refusal).contains("5 MB").doesNotContain("larger than");
        Upload box = _get(Upload.class, spec -> spec.withId("photo-upload"));

        // no declared size (a chunked request): read up to the limit and one byte, then refused
        CountingBody chunked = new CountingBody(50L * 1024 * 1024);
        UploadEvent event = upload(box, chunked, -1);
        assertThat(chunked.read).isEqualTo(PhotoImages.MAX_BYTES + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo(refusal);
        assertThat(_get(Paragraph.class, spec -> spec.withId("photo-message")).getText()).isEqualTo(refusal);
        assertThat(photos.own().map(EmployeePhoto::version)).isEqualTo(before.map(EmployeePhoto::version));

        // a declared size over the limit: refused before a byte is read
        CountingBody declared = new CountingBody(6L * 1024 * 1024);
        event = upload(box, declared, 6L * 1024 * 1024);
        assertThat(declared.read).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(photos.own().map(EmployeePhoto::version)).isEqualTo(before.map(EmployeePhoto::version));
    }
}
