package org.advocacy.kernel.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn by Apache ECharts (Apache-2.0, from npm): a small custom element of ours (frontend/echart-view.js)
 * that takes the ECharts option object as JSON. Shared by the survey, feedback and insights screens.
 */
@Tag("echart-view")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echart-view.js")
public class EChart extends Component implements HasSize, HasStyle {

    public EChart() {
        setWidth("100%");
        setHeight("360px");
    }

    /** The full ECharts option object, as JSON. */
    public void setOption(String optionJson) {
        getElement().setProperty("option", optionJson);
    }
}
