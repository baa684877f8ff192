// <echart-view>: renders an Apache ECharts option (set as a JSON string property) and follows its own size.
import * as echarts from 'echarts';

class EChartView extends HTMLElement {
  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    // the property may have been set before the element was upgraded
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const v = this.option;
      delete this.option;
      this.option = v;
    }
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    if (this._option) this._chart.setOption(this._option, true);
    this.setAttribute('data-rendered', 'true');
  }

  disconnectedCallback() {
    if (this._resize) this._resize.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
  }

  set option(v) {
    this._option = typeof v === 'string' ? JSON.parse(v) : v;
    if (this._chart) this._chart.setOption(this._option, true);
  }

  get option() {
    return this._option;
  }
}

customElements.define('echart-view', EChartView);
