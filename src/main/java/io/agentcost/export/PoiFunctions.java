package io.agentcost.export;

import io.agentcost.sampling.InverseCdf;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.EvaluationException;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.OperandResolver;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.functions.Function;

/**
 * Spreadsheet functions the workbook uses that POI's evaluator lacks, so the values written beside the formulas (and
 * read by tests) are computed as Excel and LibreOffice compute them on open. BETAINV gives a PERT spread's points
 * (SPEC §12); it is the inverse the app draws through.
 */
final class PoiFunctions {

    private static boolean registered;

    private PoiFunctions() {
    }

    static synchronized void register() {
        if (registered) return;
        WorkbookEvaluator.registerFunction("BETAINV", PoiFunctions::betaInv);
        registered = true;
    }

    /** BETAINV(p, alpha, beta [, A, B]): the p-quantile of a beta distribution on [A, B] (default [0, 1]). */
    private static ValueEval betaInv(ValueEval[] args, int row, int column) {
        if (args.length < 3 || args.length > 5) return ErrorEval.VALUE_INVALID;
        try {
            double[] x = new double[args.length];
            for (int i = 0; i < args.length; i++) {
                x[i] = OperandResolver.coerceValueToDouble(OperandResolver.getSingleValue(args[i], row, column));
            }
            double a = args.length > 3 ? x[3] : 0, b = args.length > 4 ? x[4] : 1;
            if (!(x[0] >= 0 && x[0] <= 1) || !(x[1] > 0) || !(x[2] > 0) || !(a < b)) return ErrorEval.NUM_ERROR;
            return new NumberEval(a + (b - a) * InverseCdf.beta(x[1], x[2], x[0]));
        } catch (EvaluationException e) {
            return e.getErrorEval();
        }
    }
}
