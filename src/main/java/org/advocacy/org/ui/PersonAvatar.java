package org.advocacy.org.ui;

import com.vaadin.flow.component.avatar.Avatar;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.advocacy.org.EmployeePhoto;
import org.advocacy.org.EmployeePhotoService;

/**
 * A person's avatar for any screen: their photo when one was uploaded, their initials otherwise (Vaadin's Avatar
 * takes them from the name). The picture is served through the signed-in session, never at an address with an id.
 * Lists pass the versions they looked up once ({@link EmployeePhotoService#versions}) so no photo is read for people
 * without one.
 */
@NamedInterface("components")
public final class PersonAvatar {

    private PersonAvatar() {
    }

    /** One person's avatar; looks up whether they have a photo. */
    public static Avatar of(EmployeePhotoService photos, long employeeId, String name) {
        return of(photos, employeeId, name, photos.versions(java.util.List.of(employeeId)));
    }

    /** An avatar in a list: {@code versions} says who has a photo (from one {@code versions(ids)} call). */
    public static Avatar of(EmployeePhotoService photos, long employeeId, String name, Map<Long, Integer> versions) {
        Avatar avatar = new Avatar(name);
        avatar.addClassName("person-avatar");
        if (versions.containsKey(employeeId)) {
            avatar.setImageHandler(handler(photos, employeeId));
        }
        return avatar;
    }

    static DownloadHandler handler(EmployeePhotoService photos, long employeeId) {
        return DownloadHandler.fromInputStream(event -> {
            EmployeePhoto p = photos.photo(employeeId).orElse(null);
            if (p == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(p.jpeg()), "photo-" + p.version() + ".jpg",
                    EmployeePhoto.MEDIA_TYPE, p.jpeg().length);
        });
    }
}
