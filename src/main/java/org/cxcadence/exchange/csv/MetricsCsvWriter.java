package org.cxcadence.exchange.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cxcadence.domain.Metric;
import org.cxcadence.domain.MetricValue;

/**
 * Writes metric values as the metrics CSV that {@link MetricsCsvReader} reads: {@code metric, period,
 * segment, value, target} with ids, comma-separated, {@code .} as decimal mark, {@code \n} line ends.
 * Writing a workspace's values and importing the file again changes nothing. Locale-neutral.
 */
public final class MetricsCsvWriter {
    private MetricsCsvWriter() {
    }

    public static void write(List<Metric> metrics, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord("metric", "period", "segment", "value", "target");
        for (Metric m : metrics) {
            for (MetricValue v : m.values()) {
                if (v.value() == null && v.target() == null) {
                    continue; // a note alone has no place in this file
                }
                printer.printRecord(safe(m.id()), v.period(), v.segmentId() == null ? "" : safe(v.segmentId()),
                        plain(v.value()), plain(v.target()));
            }
        }
        printer.flush();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** Ids are text a spreadsheet could take for a formula; numbers never pass through here. */
    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
