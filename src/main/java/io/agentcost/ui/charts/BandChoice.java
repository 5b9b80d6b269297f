package io.agentcost.ui.charts;

import io.agentcost.simulation.ForecastResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whose P10–P90 bands the forecast charts shade, shared by the monthly and the cumulative chart. A new forecast
 * of the same architectures keeps the user's choice; other architectures start again from the two cheapest.
 */
public final class BandChoice {

    private final ObjectProperty<ForecastResult> forecast = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<String>> bands = new SimpleObjectProperty<>(Set.of());
    private List<String> architectures = List.of();

    public void show(ForecastResult f) {
        if (f != null && !f.architectures().equals(architectures)) {
            architectures = List.copyOf(f.architectures());
            bands.set(Set.copyOf(ForecastMarks.defaultBands(f)));
        }
        forecast.set(f);
    }

    public void set(String architecture, boolean shaded) {
        Set<String> next = new LinkedHashSet<>(bands.get());
        if (shaded) next.add(architecture);
        else next.remove(architecture);
        bands.set(Set.copyOf(next));
    }

    public List<String> architectures() {
        return architectures;
    }

    public ObjectProperty<ForecastResult> forecastProperty() {
        return forecast;
    }

    /** Replaced, never changed in place, so a listener sees every change. */
    public ObjectProperty<Set<String>> bandsProperty() {
        return bands;
    }
}
