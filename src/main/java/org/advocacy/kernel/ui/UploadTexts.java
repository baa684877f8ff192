package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The file upload's own texts (button, drop zone, errors) in the user's language, for every import screen. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component c, long maxBytes) {
        long mb = Math.max(1, maxBytes / 1024 / 1024);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("import.upload.drop"))
                .setMany(c.getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("import.upload.add"))
                .setMany(c.getTranslation("import.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("import.upload.tooManyFiles"))
                .setFileIsTooBig(c.getTranslation("import.upload.tooBig", mb))
                .setIncorrectFileType(c.getTranslation("import.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("import.upload.connecting"))
                        .setStalled(c.getTranslation("import.upload.stalled"))
                        .setProcessing(c.getTranslation("import.upload.processing"))
                        .setHeld(c.getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("import.upload.remaining"))
                        .setUnknown(c.getTranslation("import.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("import.upload.serverUnavailable"))
                        .setUnexpectedServerError(c.getTranslation("import.upload.serverError"))
                        .setForbidden(c.getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("import.upload.tooBig", mb))));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("import.upload.retry"))
                .setStart(c.getTranslation("import.upload.start")).setRemove(c.getTranslation("import.upload.remove")));
        return i18n;
    }
}
