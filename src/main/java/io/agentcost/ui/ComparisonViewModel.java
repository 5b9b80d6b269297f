package io.agentcost.ui;

import io.agentcost.app.AgentCost;
import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.Problem;
import io.agentcost.scenario.LoadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the comparison window: the rows of the phase × architecture grid, the problems of the
 * file and a status line. Loading and estimating run off the JavaFX thread; results are published
 * back on it.
 */
public final class ComparisonViewModel {

    /** One phase row: the monthly total of each architecture, in column order. */
    public record Row(String phase, List<Double> totals, String cheapest) {
    }

    private final AgentCost services;
    private final Consumer<Runnable> fxThread;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> architectures = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading…");

    public ComparisonViewModel(AgentCost services) {
        this(services, Platform::runLater);
    }

    ComparisonViewModel(AgentCost services, Consumer<Runnable> fxThread) {
        this.services = services;
        this.fxThread = fxThread;
    }

    public CompletableFuture<Void> open(Path file) {
        status.set("Loading " + file.getFileName() + "…");
        return CompletableFuture.supplyAsync(() -> {
            LoadResult r = services.load(file);
            return r.ok() ? new Outcome(r, services.estimate(r.scenario(), r.catalog(), null)) : new Outcome(r, null);
        }).thenAccept(o -> fxThread.accept(() -> show(file, o)));
    }

    private record Outcome(LoadResult load, EstimateReport report) {
    }

    private void show(Path file, Outcome o) {
        problems.setAll(o.load().problems().stream().map(Problem::format).toList());
        if (o.report() == null) {
            rows.clear();
            title.set(file.getFileName().toString());
            status.set(problems.size() + " problem(s) in " + file.getFileName());
            return;
        }
        EstimateReport r = o.report();
        architectures.setAll(r.architectures());
        List<Row> out = new ArrayList<>();
        for (String phase : r.phases()) {
            List<Double> totals = new ArrayList<>();
            String cheapest = null;
            double best = Double.POSITIVE_INFINITY;
            for (String a : r.architectures()) {
                Estimate e = r.result(phase, a);
                totals.add(e.totalUsd());
                if (e.totalUsd() < best) {
                    best = e.totalUsd();
                    cheapest = a;
                }
            }
            out.add(new Row(phase, totals, cheapest));
        }
        rows.setAll(out);
        title.set(r.scenario());
        long age = o.load().catalog().ageInDays(java.time.LocalDate.now());
        status.set("Prices: " + r.region() + " of " + r.catalogDate() + (age > 90 ? " — older than 90 days, consider `agentcost pricing refresh`" : "")
                + "   ·   nominal estimate: every input at its median");
    }

    public ObservableList<Row> rows() { return rows; }

    public ObservableList<String> architectures() { return architectures; }

    public ObservableList<String> problems() { return problems; }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
