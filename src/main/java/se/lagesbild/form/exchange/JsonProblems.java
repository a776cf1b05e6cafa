package se.lagesbild.form.exchange;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Problems in a JSON file, located by JSON path ("definition.themes[0].questions[2].type") because JSON has no rows
 * a coordinator would look at; a syntax error names its line and character instead.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ImportProblem at(String path, String messageKey, Object... args) {
        return new ImportProblem(ImportProblem.JSON, null, path, messageKey, List.of(args));
    }

    /** Jackson's own message is technical English; it becomes one of ours, with the place it points at. */
    static ImportProblem unreadable(JacksonException e) {
        String path = path(e.getPath());
        if (e instanceof PropertyBindingException unknown) {
            return at(path, "import.json.unknownField", String.valueOf(unknown.getPropertyName()));
        }
        var location = e.getLocation();
        if (e instanceof StreamReadException && location != null && location.getLineNr() > 0) {
            return at(null, "import.json.syntax", String.valueOf(location.getLineNr()),
                    String.valueOf(location.getColumnNr()));
        }
        return path.isEmpty() ? at(null, "import.json.unreadable") : at(path, "import.json.invalidValue");
    }

    private static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
