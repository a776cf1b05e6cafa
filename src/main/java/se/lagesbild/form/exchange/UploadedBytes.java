package se.lagesbild.form.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads an uploaded file into memory, but never more than the limit: the stream comes straight from the request,
 * and a form file is a few hundred kilobytes at most, so anything far larger is a mistake or an attack.
 */
final class UploadedBytes {

    static final int MAX_MEGABYTES = 5;
    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private UploadedBytes() {
    }

    static byte[] read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            // A broken upload is not a problem in the file the coordinator can fix
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new FormImportException(List.of(ImportProblem.ofFile("import.file.tooLarge", MAX_MEGABYTES)));
        }
        if (bytes.length == 0) {
            throw new FormImportException(List.of(ImportProblem.ofFile("import.file.empty")));
        }
        return bytes;
    }
}
