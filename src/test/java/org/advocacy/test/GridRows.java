package org.advocacy.test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Finding grids and their rows in browserless tests. */
public final class GridRows {

    private GridRows() {
    }

    /** The grid with this id on the current screen. */
    @SuppressWarnings("unchecked")
    public static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** The index of the first row whose item passes the test, or -1. */
    public static <T> int row(Grid<T> grid, Predicate<T> test) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> test.test(GridKt._get(grid, i))).findFirst()
                .orElse(-1);
    }
}
