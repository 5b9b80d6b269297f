package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import io.agentcost.model.Distribution;
import io.agentcost.model.WorkloadKey;
import io.agentcost.scenario.InputSite;
import io.agentcost.scenario.YamlInputs;
import io.agentcost.scenario.YamlOverrides;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form editor of inputs: every numeric input written in the scenario, and a distribution
 * editor for the selected one (form, parameters, the shape and P10/P50/P90 it implies). Applying
 * replaces only that value in the scenario text, so the file keeps its comments and layout.
 */
public final class InputsViewModel {

    /** The forms the editor offers, with their parameter names. */
    public enum Form {
        NUMBER("number", "value"), UNIFORM("uniform", "min", "max"), TRIANGULAR("triangular", "min", "mode", "max"),
        PERT("pert", "min", "mode", "max"), NORMAL("normal", "mean", "sd"), LOGNORMAL("lognormal", "median", "p90"),
        PERCENTILES("percentiles", "p10", "p50", "p90"), DISCRETE("discrete", "values", "weights");

        final String label;
        final List<String> parameters;

        Form(String label, String... parameters) {
            this.label = label;
            this.parameters = List.of(parameters);
        }

        @Override
        public String toString() {
            return label;
        }

        public List<String> parameters() {
            return parameters;
        }
    }

    /**
     * One row of the inputs table: the month's average P10/P50/P90 (its uncertainty); for a {@code {varies: D}}, none
     * ("–": the mean over D is computed once, not drawn) and {@code between} says how conversations differ instead:
     * "4.05 (1–8)", the mean over D and its P10–P90, under a header that says so.
     */
    public record Row(InputSite site, String p10, String p50, String p90, String between) {
    }

    private final StringProperty text;

    private TextEdits edits;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<InputSite> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NUMBER);
    private final StringProperty[] parameters = {new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty("")};
    private final ObjectProperty<Distribution> distribution = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** The fields describe D of {@code {varies: D}}: how conversations differ within the month (SPEC §12). */
    private final BooleanProperty varies = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canVary = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shapeTitle = new ReadOnlyStringWrapper(SHAPE);

    public InputsViewModel(StringProperty text) {
        this.text = text;
        this.edits = TextEdits.of(text);
        text.addListener((o, a, b) -> refreshRows());
        form.addListener((o, a, b) -> recompute());
        varies.addListener((o, a, b) -> recompute());
        for (StringProperty p : parameters) p.addListener((o, a, b) -> recompute());
        selected.addListener((o, a, site) -> load(site));
        refreshRows();
    }

    private void refreshRows() {
        List<InputSite> sites = YamlInputs.sites(text.get());
        if (sites.isEmpty() && !rows.isEmpty()) return; // unparsable for now: keep the last list
        rows.setAll(sites.stream().map(InputsViewModel::row).toList());
    }

    private static Row row(InputSite s) {
        YamlInputs.Parsed p = YamlInputs.parse(s, s.text());
        if (p.distribution() == null) return new Row(s, "?", "?", "?", "");
        double[] q = AgentCost.quantiles(p.distribution(), 0.1, 0.5, 0.9);
        if (p.varies()) {
            return new Row(s, "–", "–", "–", fmt(AgentCost.spreadMean(p.distribution())) + " (" + fmt(q[0]) + "–" + fmt(q[2]) + ")");
        }
        return new Row(s, fmt(q[0]), fmt(q[1]), fmt(q[2]), "");
    }

    /** Fills the editor from the selected input's current value. */
    private void load(InputSite site) {
        if (site == null) return;
        YamlInputs.Parsed p = YamlInputs.parse(site, site.text());
        canVary.set(site.mayVary());
        Distribution d = p.distribution();
        String[] values = {"", "", ""};
        Form f = Form.NUMBER;
        if (d instanceof Distribution.Fixed x) values[0] = field(x.value());
        else if (d instanceof Distribution.Uniform x) {
            f = Form.UNIFORM;
            values = new String[]{field(x.min()), field(x.max()), ""};
        } else if (d instanceof Distribution.Triangular x) {
            f = Form.TRIANGULAR;
            values = new String[]{field(x.min()), field(x.mode()), field(x.max())};
        } else if (d instanceof Distribution.Pert x) {
            f = Form.PERT;
            values = new String[]{field(x.min()), field(x.mode()), field(x.max())};
        } else if (d instanceof Distribution.Normal x) {
            f = Form.NORMAL;
            values = new String[]{field(x.mean()), field(x.sd()), ""};
        } else if (d instanceof Distribution.LogNormal x) {
            f = Form.LOGNORMAL;
            double[] q = AgentCost.quantiles(x, 0.5, 0.9);
            values = new String[]{field(q[0]), field(q[1]), ""};
        } else if (d instanceof Distribution.Percentiles x) {
            f = Form.PERCENTILES;
            values = new String[]{field(x.p10()), field(x.p50()), field(x.p90())};
        } else if (d instanceof Distribution.Discrete x) {
            f = Form.DISCRETE;
            values = new String[]{list(x.values()), list(x.weights()), ""};
        }
        form.set(f);
        for (int i = 0; i < 3; i++) parameters[i].set(values[i]);
        varies.set(p.varies());
        recompute();
    }

    /** The distribution the fields describe, checked with the loader's rules for the selected input. */
    private void recompute() {
        InputSite site = selected.get();
        if (site == null) return;
        YamlInputs.Parsed p = YamlInputs.parse(site, yamlOfFields());
        distribution.set(p.distribution());
        problem.set(p.problem() == null ? "" : p.problem());
        boolean spread = p.varies() && p.distribution() != null;
        shapeTitle.set(spread ? SPREAD_SHAPE : SHAPE);
        if (p.distribution() != null) {
            double[] q = AgentCost.quantiles(p.distribution(), 0.1, 0.5, 0.9);
            String unit = site.unit().isEmpty() ? "" : " " + site.unit();
            String percentiles = "P10 " + fmt(q[0]) + " · P50 " + fmt(q[1]) + " · P90 " + fmt(q[2]) + unit;
            summary.set(spread ? "Conversations differ: " + percentiles + ", mean " + fmt(AgentCost.spreadMean(p.distribution())) + unit
                    + " (not uncertainty: the month's cost averages over them once)" : percentiles);
        } else {
            summary.set("");
        }
    }

    static final String SHAPE = "Shape of the input";
    static final String SPREAD_SHAPE = "Spread between conversations";

    /** The fields as YAML, so parsing and validation are exactly the loader's. */
    String yamlOfFields() {
        String d = distributionOfFields();
        return varies.get() && canVary.get() ? "{varies: " + d + "}" : d;
    }

    private String distributionOfFields() {
        Form f = form.get();
        String a = parameters[0].get().trim(), b = parameters[1].get().trim(), c = parameters[2].get().trim();
        return switch (f) {
            case NUMBER -> a;
            case UNIFORM -> "{uniform: [" + a + ", " + b + "]}";
            case TRIANGULAR -> "{triangular: [" + a + ", " + b + ", " + c + "]}";
            case PERT -> "{pert: [" + a + ", " + b + ", " + c + "]}";
            case NORMAL -> "{normal: {mean: " + a + ", sd: " + b + "}}";
            case LOGNORMAL -> "{lognormal: {median: " + a + ", p90: " + b + "}}";
            case PERCENTILES -> "{percentiles: {p10: " + a + ", p50: " + b + ", p90: " + c + "}}";
            case DISCRETE -> "{discrete: {values: [" + a + "], weights: [" + b + "]}}";
        };
    }

    /** Shape of the distribution for a preview: (x, relative density) over its P0.5–P99.5. */
    public double[][] shape() {
        Distribution d = distribution.get();
        if (d == null || d.isFixed()) return new double[0][];
        if (d instanceof Distribution.Discrete x) return bars(x);
        int samples = 400, bins = 24;
        double[] u = new double[samples];
        for (int k = 0; k < samples; k++) u[k] = (k + 0.5) / samples;
        double[] x = AgentCost.quantiles(d, u);
        double lo = AgentCost.quantiles(d, 0.005)[0], hi = AgentCost.quantiles(d, 0.995)[0];
        if (hi <= lo) return new double[0][];
        double[] counts = new double[bins];
        for (double v : x) counts[Math.max(0, Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins)))]++;
        double[][] out = new double[bins][];
        for (int b = 0; b < bins; b++) out[b] = new double[]{lo + (b + 0.5) * (hi - lo) / bins, counts[b] / samples};
        return out;
    }

    /** A discrete distribution as narrow bars, each value's share of the weight (an area chart of counts draws spikes). */
    private static double[][] bars(Distribution.Discrete d) {
        double[] v = d.values(), w = d.weights();
        double total = 0;
        for (double x : w) total += x;
        double half = (d.upperBound() - d.lowerBound()) / 100;
        TreeMap<Double, Double> share = new TreeMap<>();
        for (int i = 0; i < v.length; i++) share.merge(v[i], w[i] / total, Double::sum);
        List<double[]> out = new ArrayList<>();
        share.forEach((x, h) -> {
            out.add(new double[]{x - half, 0});
            out.add(new double[]{x - half, h});
            out.add(new double[]{x + half, h});
            out.add(new double[]{x + half, 0});
        });
        return out.toArray(new double[0][]);
    }

    public void setTextEdits(TextEdits edits) {
        this.edits = edits;
    }

    /** Writes the edited value into the scenario text in place of the old one. */
    public boolean apply() {
        InputSite site = selected.get();
        if (site == null || distribution.get() == null) return false;
        boolean spread = varies.get() && canVary.get();
        String value = spread ? YamlInputs.formatSpread(distribution.get()) : YamlInputs.format(distribution.get());
        String path = site.path();
        edits.replace(site.start(), site.end(), value);
        // keep the same input selected in the refreshed list
        rows.stream().filter(r -> r.site().path().equals(path)).findFirst().ifPresent(r -> selected.set(r.site()));
        return true;
    }

    /** Where a phase or agent override can be added: {@code phases.<name>}, {@code agents.<name>}. */
    public List<String> overrideScopes() {
        return YamlOverrides.scopes(text.get());
    }

    /** The workload keys the scope does not override yet. */
    public List<WorkloadKey> overridable(String scope) {
        return scope == null ? List.of() : YamlOverrides.addable(text.get(), scope);
    }

    /**
     * Adds an override of {@code key} to a phase or agent (one edit, starting at the value in effect) and
     * selects it, ready to be given its own value or distribution. Returns what happened in words.
     */
    public String addOverride(String scope, WorkloadKey key) {
        var change = YamlOverrides.add(text.get(), scope, key);
        if (change.refused()) return change.message();
        edits.apply(change.edit());
        String path = scope + "." + key.key();
        rows.stream().filter(r -> r.site().path().equals(path)).findFirst().ifPresent(r -> selected.set(r.site()));
        return change.message();
    }

    /** A number as a form field shows it: no thousands separator, which the YAML flow list of the form would split ("8,000"). */
    private static String field(double x) {
        return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A list of numbers as the discrete form's field shows it: "1, 3, 8, 20". */
    private static String list(double[] xs) {
        StringBuilder sb = new StringBuilder();
        for (double x : xs) sb.append(sb.length() == 0 ? "" : ", ").append(field(x));
        return sb.toString();
    }

    /** Four significant digits without trailing zeros (0.05, 1.5, 5.639); thousands grouped. */
    static String fmt(double v) {
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (v == Math.rint(v)) return String.format(Locale.ROOT, "%.0f", v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<InputSite> selectedProperty() { return selected; }
    public ObjectProperty<Form> formProperty() { return form; }
    public StringProperty parameter(int i) { return parameters[i]; }
    public ObjectProperty<Distribution> distributionProperty() { return distribution; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public BooleanProperty variesProperty() { return varies; }
    public ReadOnlyBooleanProperty canVaryProperty() { return canVary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty shapeTitleProperty() { return shapeTitle.getReadOnlyProperty(); }
}
