package io.agentcost.calibrate;

import io.agentcost.sampling.InverseCdf;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a whole-number count (turns per conversation, calls per turn) spreads between conversations: the empirical discrete
 * form and a lognormal, and the better of the two by AIC (decision 0026). The lognormal is fitted by maximum likelihood
 * of the counts as a lognormal rounded to the nearest whole number, at least 1: P(v) = F(v + ½) − F(v − ½), P(1) = F(1½).
 * The empirical form has one free weight per distinct value but one, the lognormal two parameters; AIC = 2k − 2 ln L
 * charges the empirical form for its many weights, so it wins only where the lognormal's shape is wrong.
 *
 * @param counts     value → conversations (or turns) with that count, ascending
 * @param median     lognormal e^μ
 * @param sigma      lognormal σ
 * @param aicDiscrete AIC of the empirical form
 * @param aicLognormal AIC of the rounded lognormal
 * @param ks         Kolmogorov–Smirnov distance of the rounded lognormal from the empirical distribution
 */
public record CountFit(SortedMap<Integer, Long> counts, long n, double mean, double median, double sigma,
                       double aicDiscrete, double aicLognormal, double ks) {

    /** z of the 90th percentile of the standard normal. */
    public static final double Z90 = 1.2815515655446004;

    public static CountFit of(Map<Integer, Long> histogram) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        histogram.forEach((v, c) -> {
            if (v < 1) throw new IllegalArgumentException("counts start at 1: " + v);
            if (c > 0) counts.put(v, c);
        });
        if (counts.isEmpty()) throw new IllegalArgumentException("no counts");
        long n = 0;
        double sum = 0, logSum = 0, logSq = 0, llDiscrete = 0;
        for (var e : counts.entrySet()) {
            n += e.getValue();
            sum += (double) e.getKey() * e.getValue();
            double l = Math.log(e.getKey());
            logSum += l * e.getValue();
            logSq += l * l * e.getValue();
        }
        for (long c : counts.values()) llDiscrete += c * Math.log((double) c / n);
        double mu0 = logSum / n;
        double sd0 = Math.sqrt(Math.max(logSq / n - mu0 * mu0, 0));
        // σ = 0 has no likelihood under rounding (every count would be one value): start inside
        double[] best = maximise(counts, mu0, Math.log(Math.max(sd0, 0.05)));
        double llLognormal = logLikelihood(counts, best[0], Math.exp(best[1]));
        double aicDiscrete = 2.0 * (counts.size() - 1) - 2 * llDiscrete;
        double aicLognormal = 2.0 * 2 - 2 * llLognormal;
        double mu = best[0], sigma = Math.exp(best[1]);
        double ks = 0, cum = 0;
        for (var e : counts.entrySet()) {
            cum += (double) e.getValue() / n;
            ks = Math.max(ks, Math.abs(cum - cdf(e.getKey() + 0.5, mu, sigma)));
            // just below v the empirical distribution is the previous cumulative share
            ks = Math.max(ks, Math.abs(cum - (double) e.getValue() / n - cdf(e.getKey() - 0.5, mu, sigma)));
        }
        return new CountFit(Collections.unmodifiableSortedMap(counts), n, sum / n, Math.exp(mu), sigma, aicDiscrete, aicLognormal, ks);
    }

    /** One value only: no spread to fit. */
    public boolean fixed() {
        return counts.size() == 1;
    }

    /** The lognormal when its AIC is lower, else the empirical form (ties go to the lognormal: fewer parameters). */
    public boolean lognormalChosen() {
        return !fixed() && aicLognormal <= aicDiscrete;
    }

    public double p90() {
        return median * Math.exp(Z90 * sigma);
    }

    static double cdf(double x, double mu, double sigma) {
        if (x <= 0) return 0;
        return InverseCdf.phi((Math.log(x) - mu) / sigma);
    }

    static double logLikelihood(Map<Integer, Long> counts, double mu, double sigma) {
        double ll = 0;
        for (var e : counts.entrySet()) {
            int v = e.getKey();
            double p = cdf(v + 0.5, mu, sigma) - (v == 1 ? 0 : cdf(v - 0.5, mu, sigma));
            ll += e.getValue() * Math.log(Math.max(p, 1e-300));
        }
        return ll;
    }

    /** Nelder–Mead over (μ, ln σ) on the rounded likelihood; a handful of distinct values, so a few hundred steps are cheap. */
    private static double[] maximise(Map<Integer, Long> counts, double mu, double logSigma) {
        double[][] s = {{mu, logSigma}, {mu + 0.1, logSigma}, {mu, logSigma + 0.1}};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) f[i] = -logLikelihood(counts, s[i][0], Math.exp(s[i][1]));
        for (int iter = 0; iter < 500; iter++) {
            // order: best first
            for (int i = 0; i < 2; i++) for (int j = i + 1; j < 3; j++) if (f[j] < f[i]) {
                double[] t = s[i]; s[i] = s[j]; s[j] = t;
                double u = f[i]; f[i] = f[j]; f[j] = u;
            }
            if (Math.abs(f[2] - f[0]) < 1e-10 * (1 + Math.abs(f[0]))
                    && Math.abs(s[2][0] - s[0][0]) + Math.abs(s[2][1] - s[0][1]) < 1e-9) break;
            double[] c = {(s[0][0] + s[1][0]) / 2, (s[0][1] + s[1][1]) / 2};
            double[] r = {2 * c[0] - s[2][0], 2 * c[1] - s[2][1]};
            double fr = value(counts, r);
            if (fr < f[0]) {
                double[] e = {3 * c[0] - 2 * s[2][0], 3 * c[1] - 2 * s[2][1]};
                double fe = value(counts, e);
                if (fe < fr) { s[2] = e; f[2] = fe; } else { s[2] = r; f[2] = fr; }
            } else if (fr < f[1]) {
                s[2] = r; f[2] = fr;
            } else {
                double[] k = {(c[0] + s[2][0]) / 2, (c[1] + s[2][1]) / 2};
                double fk = value(counts, k);
                if (fk < f[2]) {
                    s[2] = k; f[2] = fk;
                } else {
                    for (int i = 1; i < 3; i++) {
                        s[i] = new double[]{(s[0][0] + s[i][0]) / 2, (s[0][1] + s[i][1]) / 2};
                        f[i] = value(counts, s[i]);
                    }
                }
            }
        }
        int b = f[0] <= f[1] && f[0] <= f[2] ? 0 : f[1] <= f[2] ? 1 : 2;
        return s[b];
    }

    private static double value(Map<Integer, Long> counts, double[] p) {
        // σ between e^-6 and e^3: beyond, the rounded likelihood is flat and the simplex would wander
        double ls = Math.max(-6, Math.min(3, p[1]));
        return -logLikelihood(counts, p[0], Math.exp(ls)) + (ls != p[1] ? 1e6 * Math.abs(ls - p[1]) : 0);
    }
}
