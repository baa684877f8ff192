package org.advocacy.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseService;

/** The praise customers gave the signed-in employee, once their manager approved it; newest first. */
@NamedInterface("routes")
@Route("feedback/my-praise")
@PermitAll
@Menu(title = "nav.myPraise", order = 31, icon = "vaadin:heart")
public class MyPraiseView extends VerticalLayout implements HasDynamicTitle {

    MyPraiseView(PraiseService praise) {
        addClassName("list-view");
        setSizeFull();
        int count = praise.mineCount();
        H3 total = new H3(getTranslation("praise.mine.count", count));
        total.setId("my-praise-count");
        Grid<PraiseItem> grid = new Grid<>();
        grid.setId("my-praise-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> Formats.date(p.date(), getLocale())).setHeader(getTranslation("praise.date")).setKey("date")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PraiseItem::praise).setHeader(getTranslation("praise.text")).setKey("praise").setFlexGrow(1);
        grid.setItems(q -> praise.mine(q.getOffset(), q.getLimit()).stream(), q -> praise.mineCount());
        if (count == 0) {
            add(total, new Span(getTranslation("praise.mine.none")));
        } else {
            add(total, grid);
            setFlexGrow(1, grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myPraise");
    }
}
