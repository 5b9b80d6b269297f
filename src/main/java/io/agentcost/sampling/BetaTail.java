package io.agentcost.sampling;

import org.apache.commons.math3.special.Beta;

/**
 * The lower-tail quantile of a Beta(a, b) distribution, accurate in relative terms for small probabilities.
 * Commons Math's inverse is a root solver with an absolute accuracy (1e-12 here), so below about 1e-10 it
 * returns 0 or a value far from the true one, while the regularized incomplete beta it inverts is accurate
 * relative to its value. Newton's method on log x against log I_x(a, b), from the leading term of the series
 * I_x ≈ x^a / (a·B(a, b)), converges in a few steps.
 */
final class BetaTail {

    private BetaTail() {
    }

    /** x with I_x(a, b) = w, for 0 < w ≤ 0.01. */
    static double quantile(double a, double b, double w) {
        return quantile(a, b, w, Double.NaN);
    }

    /** The same from a starting guess (a nearby quantile, when a table is built in order); NaN: the series' leading term. */
    static double quantile(double a, double b, double w, double start) {
        double logB = Beta.logBeta(a, b);
        double logW = Math.log(w);
        double t = start > 0 ? Math.log(start) : Math.min((logW + Math.log(a) + logB) / a, Math.log(0.5));
        for (int i = 0; i < 60; i++) {
            double x = Math.exp(t);
            double cdf = Beta.regularizedBeta(x, a, b, 1e-15, 10_000);
            // d log I / d log x = x · density / I
            double slope = x * density(a, b, x, logB) / cdf;
            double step = (Math.log(cdf) - logW) / slope;
            if (!Double.isFinite(step)) break;
            t = Math.min(t - step, Math.log(0.5));
            if (Math.abs(step) < 1e-13) break;
        }
        return Math.exp(t);
    }

    /**
     * The quantile at u from a nearby one, x0 at u0 (building a table in order): an Euler step along dx/du = 1/density,
     * then Newton's method on I_x(a, b) = u, a couple of steps from so close a start; NaN when it does not settle.
     */
    static double near(double a, double b, double u, double u0, double x0) {
        double logB = Beta.logBeta(a, b);
        double x = x0 + (u - u0) / density(a, b, x0, logB);
        for (int i = 0; i < 20; i++) {
            if (!(x > 0 && x < 1)) return Double.NaN;
            double step = (Beta.regularizedBeta(x, a, b, 1e-15, 10_000) - u) / density(a, b, x, logB);
            x -= step;
            if (Math.abs(step) <= 1e-15 * x) return x;
        }
        return Double.NaN;
    }

    private static double density(double a, double b, double x, double logB) {
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
    }

    /** The Beta's density at x. */
    static double density(double a, double b, double x) {
        return density(a, b, x, Beta.logBeta(a, b));
    }
}
