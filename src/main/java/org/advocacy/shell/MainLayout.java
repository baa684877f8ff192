package org.advocacy.shell;

import org.advocacy.kernel.ui.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.notification.NotificationService;
import org.advocacy.notification.ui.NotificationBell;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.UserAccountService;

/**
 * The frame around every signed-in view: the side navigation (only what the user's roles may open, from the
 * views' {@code @Menu} and access annotations), the notification bell and the user menu with the language switch
 * and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final NotificationBell bell;

    MainLayout(CurrentUser currentUser, UserAccountService accounts, AuthenticationContext authentication,
            NotificationService notifications, OrgTimeZone zone) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        bell = new NotificationBell(notifications, zone.zone());
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, spacer, bell,
                userMenu(currentUser.get().orElse(null), accounts, authentication));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Icon logo = VaadinIcon.HEART.create();
        logo.addClassName("brand-logo");
        HorizontalLayout header = new HorizontalLayout(logo, brand);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("drawer-header");
        addToDrawer(header, navigation(currentUser.get().orElse(null)));
    }

    /**
     * One labelled, collapsible SideNav per group (My work, My branch, People, ...), each only with the screens the
     * user's roles may open; empty groups are left out. On a phone every group but the one of the current screen
     * starts collapsed (on the home page all but
     * "My work"), so the drawer fits the screen.
     */
    private Component navigation(PortalUser user) {
        Div container = new Div();
        container.setId("main-nav");
        container.addClassName("main-nav");
        java.util.Map<NavGroups.Group, SideNav> groups = new java.util.EnumMap<>(NavGroups.Group.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            NavGroups.Group group = NavGroups.of(entry, user);
            SideNav nav = groups.computeIfAbsent(group, g -> {
                SideNav n = g == NavGroups.Group.TOP ? new SideNav() : new SideNav(getTranslation(g.titleKey()));
                n.setId("nav-" + g.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                if (g != NavGroups.Group.TOP) {
                    n.setCollapsible(true);
                    n.setExpanded(true);
                }
                return n;
            });
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        groups.values().forEach(container::add);
        // a phone: collapse the groups that do not hold the current screen (the user opens them with one tap)
        container.getElement().executeJs("""
                if (!window.matchMedia('(max-width: 640px)').matches) return;
                const path = decodeURI(location.pathname).replace(/^[/]+/, '');
                const navs = [...this.querySelectorAll('vaadin-side-nav')].filter(n => n.id && n.id !== 'nav-top');
                const holds = nav => [...nav.querySelectorAll('vaadin-side-nav-item')]
                    .some(i => (i.getAttribute('path') || '') === path);
                const current = navs.find(holds) || navs[0];
                for (const nav of navs) {
                  nav.collapsed = nav !== current;
                }""");
        return container;
    }

    private Component userMenu(PortalUser user, UserAccountService accounts, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = user == null ? "?" : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        avatar.addThemeName("xsmall");
        Span label = new Span(name);
        label.setId("current-user");
        label.addClassName("user-name");
        HorizontalLayout top = new HorizontalLayout(avatar, label);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setSpacing(false);
        top.getStyle().set("gap", "var(--lumo-space-s)");
        MenuItem root = menu.addItem(top);
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.setId("menu-language");
        SubMenu languages = language.getSubMenu();
        for (Locale l : Translations.LOCALES) {
            MenuItem item = languages.addItem(getTranslation("language." + l.getLanguage()), e -> {
                LanguageSwitch.apply(l);
                if (user != null) {
                    accounts.setOwnLocale(l);
                }
            });
            item.setId("language-" + l.getLanguage());
            item.setCheckable(true);
            item.setChecked(l.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("menu.signOut"), e -> authentication.logout()).setId("menu-sign-out");
        return menu;
    }

    /** Two letters, as Vietnamese names are read: the family name's and the given name's (Phạm Phương Thảo: PT). */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase() : (first + words[words.length - 1].charAt(0)).toUpperCase();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // views implement HasDynamicTitle with a translated title
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        bell.refresh();
    }
}
