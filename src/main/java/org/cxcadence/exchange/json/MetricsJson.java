package org.cxcadence.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cxcadence.domain.Metric;
import org.cxcadence.domain.Workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Metrics as a JSON array of the workspace format's metric objects (CONTRACT.md: JSON outputs reuse
 * the object shapes of the workspace format), pretty printed like an export.
 */
public final class MetricsJson {
    private static final ObjectWriter WRITER = HardenedMapper.documentWriter(HardenedMapper.create())
            .forType(new TypeReference<List<WorkspaceDocument.MetricJson>>() { });

    private MetricsJson() {
    }

    /** Writes the array and a final newline; flushes, never closes {@code out}. */
    public static void write(List<Metric> metrics, OutputStream out) throws IOException {
        Workspace only = new Workspace(null, null, null, null, null, null, null, null, metrics);
        WRITER.writeValue(out, WorkspaceToDocument.convert(only, null).metrics());
        out.write('\n');
        out.flush();
    }
}
