package org.advocacy.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenListItem;
import org.advocacy.security.ApiTokenService;
import org.advocacy.security.NewApiToken;
import org.advocacy.security.Role;

/**
 * The bearer tokens of the integration API: create one (its secret is shown once, right after), see when each was
 * last used, revoke. Tokens are few, so the grid holds them all.
 */
@Route("admin/api-tokens")
@Menu(title = "nav.apiTokens", order = 52, icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_)
public class ApiTokenListView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final OrgTimeZone zone;
    private final Grid<ApiTokenListItem> grid = new Grid<>();

    ApiTokenListView(ApiTokenService tokens, OrgService org, OrgTimeZone zone) {
        this.tokens = tokens;
        this.zone = zone;
        addClassName("list-view");
        setSizeFull();

        Button add = new Button(getTranslation("apiTokens.add"), VaadinIcon.PLUS.create(),
                e -> new CreateApiTokenDialog(tokens, org.branches(false), this::created).open());
        add.setId("api-tokens-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.addClassName("list-toolbar");

        grid.setId("api-tokens-grid");
        grid.addColumn(ApiTokenListItem::name).setKey("name").setHeader(getTranslation("apiTokens.col.name"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setKey("token").setHeader(getTranslation("apiTokens.col.token"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().map(ApiScope::code).sorted().collect(Collectors.joining(", ")))
                .setKey("scopes").setHeader(getTranslation("apiTokens.col.scopes")).setAutoWidth(true);
        grid.addColumn(t -> t.branchCode() == null ? getTranslation("apiTokens.allBranches") : t.branchCode())
                .setKey("branch").setHeader(getTranslation("apiTokens.col.branch")).setAutoWidth(true);
        grid.addColumn(ApiTokenListItem::createdBy).setKey("createdBy").setHeader(getTranslation("apiTokens.col.createdBy"))
                .setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setKey("createdAt").setHeader(getTranslation("apiTokens.col.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(t -> time(t.lastUsedAt())).setKey("lastUsed").setHeader(getTranslation("apiTokens.col.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.revoked() ? getTranslation("apiTokens.revokedAt", time(t.revokedAt()))
                : getTranslation("apiTokens.active")).setKey("status").setHeader(getTranslation("apiTokens.col.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.revoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("apiTokens.revoke"), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-token");
            return revoke;
        }).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("apiTokens.empty"));

        add(toolbar, grid);
        refresh();
    }

    private String time(java.time.LocalDateTime utc) {
        return Formats.dateTime(utc, zone.zone(), getLocale());
    }

    void refresh() {
        grid.setItems(tokens.list());
    }

    private void created(NewApiToken token) {
        refresh();
        new ApiTokenSecretDialog(token.secret()).open();
    }

    private void confirmRevoke(ApiTokenListItem token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("revoke-confirm");
        confirm.setHeader(getTranslation("apiTokens.revoke.title", token.name()));
        confirm.setText(getTranslation("apiTokens.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("apiTokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            tokens.revoke(token.id());
            refresh();
            Notification.show(getTranslation("apiTokens.revoked", token.name()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiTokens");
    }
}
