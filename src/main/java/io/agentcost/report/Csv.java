package io.agentcost.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * What every CSV the command line writes shares: RFC 4180 (CRLF line ends, a cell quoted only where it needs it)
 * and text guarded against formula injection. One writer, so that `estimate`, `simulate` and `forecast` files
 * read alike in a spreadsheet and in a script.
 */
final class Csv {

    private Csv() {
    }

    /**
     * Text a spreadsheet would run as a formula when the CSV is opened (it starts with =, +, -, @, a tab
     * or a carriage return) gets a leading apostrophe, OWASP's rule against CSV injection: a name such
     * as "=HYPERLINK(...)" then shows as text. Numbers are written as numbers and are not touched.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    static String write(List<String> columns, List<? extends List<?>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            // strict quoting: only cells that need it are quoted (Jackson otherwise quotes every string of 25+ characters)
            return new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build().withLineSeparator("\r\n"))
                    .writeValueAsString(rows);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
