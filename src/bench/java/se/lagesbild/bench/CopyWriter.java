package se.lagesbild.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format, fed row by row from a 1 MB buffer. Values must not
 * contain tabs, newlines or backslashes (the generator's texts do not), so nothing needs escaping.
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;
    private boolean first = true;

    CopyWriter(BaseConnection connection, String table, String columns) throws SQLException {
        this.copy = new CopyManager(connection).copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    CopyWriter add(Object value) {
        if (!first) {
            row.append('\t');
        }
        first = false;
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof Instant instant) {
            row.append(instant); // ISO-8601 in UTC, e.g. 2024-03-04T08:15:00Z
        } else {
            row.append(value);
        }
        return this;
    }

    void endRow() throws SQLException {
        buffer.append(row).append('\n');
        row.setLength(0);
        first = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends the rest and ends the COPY; the rows become visible when the connection's transaction commits. */
    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
