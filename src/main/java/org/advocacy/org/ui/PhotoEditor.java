package org.advocacy.org.ui;

import com.vaadin.flow.component.avatar.Avatar;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.Consumer;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.PhotoImages;

/**
 * Shows a person's avatar with "upload a photo" and "remove": for one's own photo and for a manager's branch staff.
 * The caller decides whose photo is changed (the callbacks call {@link EmployeePhotoService}).
 */
@NamedInterface("components")
public class PhotoEditor extends VerticalLayout {

    private final EmployeePhotoService photos;
    private final long employeeId;
    private final String name;
    private final Consumer<byte[]> upload;
    private final Runnable remove;
    private final HorizontalLayout preview = new HorizontalLayout();
    private final Paragraph message = new Paragraph();
    private final Button removeButton = new Button();
    private Upload box;
    private Runnable onChange = () -> { };

    public PhotoEditor(EmployeePhotoService photos, long employeeId, String name, Consumer<byte[]> upload,
            Runnable remove) {
        this.photos = photos;
        this.employeeId = employeeId;
        this.name = name;
        this.upload = upload;
        this.remove = remove;
        addClassName("photo-editor");
        setPadding(false);
        preview.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        // refused while streaming: a file over the limit is never read whole into memory
        String tooLarge = getTranslation("photo.error.tooLarge", PhotoImages.MAX_BYTES / 1024 / 1024);
        box = new Upload(new LimitedUpload(PhotoImages.MAX_BYTES, tooLarge, this::received, () -> {
            box.clearFileList();
            showError(tooLarge);
        }));
        box.setId("photo-upload");
        box.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        box.setMaxFileSize(PhotoImages.MAX_BYTES);
        box.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("photo.upload")).setMany(getTranslation("photo.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("photo.drop")).setMany(getTranslation("photo.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("photo.error.tooLargeOrFormat", PhotoImages.MAX_BYTES / 1024 / 1024))
                .setFileIsTooBig(getTranslation("photo.error.tooLarge", PhotoImages.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("photo.error.format")));
        box.setI18n(i18n);
        box.addFileRejectedListener(e -> showError(getTranslation("photo.error.tooLargeOrFormat",
                PhotoImages.MAX_BYTES / 1024 / 1024)));

        removeButton.setText(getTranslation("photo.remove"));
        removeButton.setIcon(VaadinIcon.TRASH.create());
        removeButton.setId("photo-remove");
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeButton.addClickListener(e -> {
            this.remove.run();
            message.setText(getTranslation("photo.removed"));
            message.removeClassName("row-error");
            refresh();
        });
        message.setId("photo-message");
        add(preview, new Paragraph(getTranslation("photo.hint", PhotoImages.MAX_BYTES / 1024 / 1024)), box, message);
        refresh();
    }

    /** Called after every change (the owner may refresh a list). */
    public PhotoEditor onChange(Runnable onChange) {
        this.onChange = onChange;
        return this;
    }

    private void received(byte[] bytes) {
        box.clearFileList(); // ready for another picture at once
        try {
            upload.accept(bytes);
            message.setText(getTranslation("photo.saved"));
            message.removeClassName("row-error");
            refresh();
        } catch (ValidationException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("row-error");
    }

    private void refresh() {
        preview.removeAll();
        Avatar avatar = PersonAvatar.of(photos, employeeId, name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        avatar.setId("photo-preview");
        boolean has = !photos.versions(java.util.List.of(employeeId)).isEmpty();
        removeButton.setVisible(has);
        preview.add(avatar, removeButton);
        onChange.run();
    }
}
