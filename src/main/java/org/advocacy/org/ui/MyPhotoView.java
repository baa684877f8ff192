package org.advocacy.org.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.OrgService;

/** Everyone's own photo: shown to colleagues and, for customer-facing staff, on the customers' feedback form. */
@Route("my-photo")
@PermitAll
@Menu(title = "nav.myPhoto", order = 48, icon = "vaadin:user-card")
public class MyPhotoView extends VerticalLayout implements HasDynamicTitle {

    MyPhotoView(OrgService org, EmployeePhotoService photos) {
        addClassName("list-view");
        Employee me = org.ownProfile().orElse(null);
        if (me == null) {
            Paragraph none = new Paragraph(getTranslation("photo.noProfile"));
            none.setId("photo-no-profile");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("photo.intro")),
                new PhotoEditor(photos, me.id(), me.fullName(), photos::uploadOwn, photos::removeOwn));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myPhoto");
    }
}
