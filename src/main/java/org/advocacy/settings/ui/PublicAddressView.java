package org.advocacy.settings.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.security.Role;
import org.advocacy.settings.PublicAddressService;

/** Administration → Public address: where QR codes, posters, kiosk links and e-mails send people. */
@Route("admin/public-address")
@Menu(title = "nav.publicAddress", order = 54, icon = "vaadin:globe")
@RolesAllowed(Role.ADMIN_)
public class PublicAddressView extends VerticalLayout implements HasDynamicTitle {

    PublicAddressView(PublicAddressService service, OrgTimeZone zone) {
        addClassName("list-view");
        addClassName("public-address-view");
        Paragraph intro = new Paragraph(getTranslation("settings.publicUrl.intro"));
        intro.addClassName("public-url-intro");
        add(new H2(getTranslation("settings.publicUrl.title")), intro,
                new PublicAddressForm(service, zone.zone(), a -> { }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publicAddress");
    }
}
