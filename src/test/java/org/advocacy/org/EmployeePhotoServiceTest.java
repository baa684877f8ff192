package org.advocacy.org;

import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.advocacy.kernel.ValidationException;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Staff photos: who may set whose, and that what is stored is a small square JPEG with nothing hidden in it. */
@PortalTest
class EmployeePhotoServiceTest {

    @Autowired
    EmployeePhotoService photos;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void out() {
        signIn.out();
    }

    private long id(String email) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchSingle(EMPLOYEE.ID);
    }

    /** Someone in another branch than the HN01 manager's. */
    private long elsewhere() {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).join(org.advocacy.jooq.Tables.BRANCH)
                .on(org.advocacy.jooq.Tables.BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(org.advocacy.jooq.Tables.BRANCH.CODE.eq("SG01")).limit(1).fetchSingle(EMPLOYEE.ID);
    }

    @Test
    void anEmployeesOwnPhotoIsReEncodedUprightSquareAndWithoutMetadata() throws IOException {
        signIn.as(SignIn.EMPLOYEE);
        long lan = id(SignIn.EMPLOYEE);
        byte[] upload = TestPictures.withExifAndComment(TestPictures.redBlueJpeg(), "GPS 21.0285,105.8542 iPhone");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPS 21.0285");
        try {
            photos.uploadOwn(upload);
            EmployeePhoto stored = photos.own().orElseThrow();
            assertThat(stored.employeeId()).isEqualTo(lan);
            String raw = new String(stored.jpeg(), StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("iPhone");
            assertThat(stored.jpeg()[0] & 0xff).isEqualTo(0xFF);
            assertThat(stored.jpeg()[1] & 0xff).isEqualTo(0xD8);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(stored.jpeg()));
            assertThat(img.getWidth()).isEqualTo(PhotoImages.SIZE);
            assertThat(img.getHeight()).isEqualTo(PhotoImages.SIZE);
            // EXIF orientation 6 turned the red left half to the top: upright as the camera meant it
            assertThat(reddish(img.getRGB(280, 40))).as("top right is red after the rotation").isTrue();
            assertThat(bluish(img.getRGB(40, 280))).as("bottom left is blue after the rotation").isTrue();

            int first = stored.version();
            photos.uploadOwn(TestPictures.redBlueJpeg());
            assertThat(photos.own().orElseThrow().version()).isEqualTo(first + 1);
            assertThat(photos.versions(java.util.List.of(lan))).containsEntry(lan, first + 1);
        } finally {
            photos.removeOwn();
        }
        assertThat(photos.own()).isEmpty();
    }

    @Test
    void tooLargeOrNotAPictureIsRefusedAndNothingIsStored() {
        signIn.as(SignIn.EMPLOYEE);
        byte[] big = new byte[PhotoImages.MAX_BYTES + 1];
        assertThatThrownBy(() -> photos.uploadOwn(big)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("photo.error.tooLarge");
        assertThatThrownBy(() -> photos.uploadOwn("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("photo.error.format");
        // a tiny file that would decode into a gigantic picture is refused from its header
        byte[] wide = TestPictures.write(new BufferedImage(PhotoImages.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_GRAY), "png");
        assertThatThrownBy(() -> photos.uploadOwn(wide)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("photo.error.dimensions");
        assertThat(photos.own()).isEmpty();
    }

    @Test
    void aManagerSetsPhotosOfTheirBranchOnlyAndAnEmployeeOnlyTheirOwn() {
        long lan = id(SignIn.EMPLOYEE);
        long other = elsewhere();
        signIn.as(SignIn.MANAGER);
        try {
            photos.upload(lan, TestPictures.face(java.awt.Color.PINK, "L"));
            assertThat(photos.photo(lan)).isPresent();
            assertThatThrownBy(() -> photos.upload(other, TestPictures.redBlueJpeg()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(photos.photo(other)).isEmpty();

            signIn.as(SignIn.EMPLOYEE);
            assertThatThrownBy(() -> photos.upload(other, TestPictures.redBlueJpeg()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> photos.remove(lan)).isInstanceOf(AccessDeniedException.class);
            signIn.out();
            assertThatThrownBy(() -> photos.photo(lan)).isInstanceOf(
                    org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        } finally {
            signIn.as(SignIn.MANAGER);
            photos.remove(lan);
        }
        assertThat(photos.photo(lan)).isEmpty();
    }

    private static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xff) > 180 && (rgb & 0xff) < 80;
    }

    private static boolean bluish(int rgb) {
        return (rgb & 0xff) > 180 && ((rgb >> 16) & 0xff) < 80;
    }
}
