package org.cxcadence.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.cxcadence.domain.DomainException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into one {@link FormatProblem}: the JSON path of the offending value
 * and a reason a person can act on, instead of Jackson's messages, which name Java classes.
 * Covers syntax errors and duplicate keys ({@code JsonParseException}), limits
 * ({@code StreamConstraintsException}), unknown keys, wrong types and enum values
 * ({@code JsonMappingException} and its kinds) and refusals of a constructor
 * ({@code ValueInstantiationException} wrapping a {@link DomainException}).
 */
public final class JacksonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) ['\"](.*)['\"]");

    private JacksonErrors() {
    }

    /**
     * @param parser the parser that was reading; its position gives path and line when the
     *               exception carries neither (syntax and limit errors)
     */
    public static FormatProblem describe(JacksonException e, JsonParser parser) {
        JsonPath path = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? pathOf(mapping) : JsonPath.of(parser.getParsingContext());
        DomainException refusal = domainCause(e);
        if (refusal != null) {
            // A record's constructor refused a value (ValueInstantiationException): point at its field.
            return new FormatProblem(path.field(refusal.field()), lineOf(e, parser), DomainMessages.reason(refusal));
        }
        return new FormatProblem(path, lineOf(e, parser), reasonOf(e, parser));
    }

    private static JsonPath pathOf(JsonMappingException e) {
        JsonPath path = JsonPath.root();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
        }
        return path;
    }

    /**
     * Errors of the parser itself (syntax, limits) carry an exact location. Binding errors
     * (unknown key, wrong type) are often reported at the end of the record, because records are
     * built once all their keys are read; for those the line is left unknown and found from the
     * path afterwards ({@link LineLocator}).
     */
    private static int lineOf(JacksonException e, JsonParser parser) {
        if (e instanceof JsonMappingException && !(innermost(e) instanceof StreamReadException)
                && !(innermost(e) instanceof StreamConstraintsException)) {
            return FormatProblem.UNKNOWN_LINE;
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            location = parser.currentLocation();
        }
        return location == null ? FormatProblem.UNKNOWN_LINE : Math.max(location.getLineNr(), FormatProblem.UNKNOWN_LINE);
    }

    /** Limits and syntax errors met while binding arrive wrapped; the innermost Jackson exception says what happened. */
    private static Throwable innermost(JacksonException e) {
        Throwable cause = e;
        while (cause instanceof JsonMappingException && cause.getCause() instanceof JacksonException inner) {
            cause = inner;
        }
        return cause;
    }

    private static String reasonOf(JacksonException e, JsonParser parser) {
        Throwable cause = innermost(e);
        return switch (cause) {
            case StreamConstraintsException limit -> limitReason(limit.getOriginalMessage());
            case InputCoercionException range -> "is out of range for a " + rangeTarget(range.getTargetType());
            case UnrecognizedPropertyException unknown ->
                    "unknown key \"" + unknown.getPropertyName() + "\" (not part of version "
                            + WorkspaceDocument.VERSION + " of the format)";
            case InvalidNullException ignored -> "must not be null";
            case InvalidFormatException format when format.getTargetType() != null && format.getTargetType().isEnum() ->
                    "must be one of " + enumValues(format.getTargetType()) + ", was " + describeValue(format.getValue());
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                    "must be " + expected(mismatch.getTargetType()) + ", was " + describeToken(parser.currentToken());
            case JacksonException other -> syntaxReason(other.getOriginalMessage());
            default -> firstLine(cause.getMessage());
        };
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    private static String limitReason(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return "nested deeper than " + HardenedMapper.MAX_NESTING_DEPTH + " levels";
        }
        if (m.startsWith("String value length")) {
            return "text is longer than " + String.format(Locale.ROOT, "%,d", HardenedMapper.MAX_STRING_LENGTH) + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "number has more than " + HardenedMapper.MAX_NUMBER_LENGTH + " characters";
        }
        if (m.startsWith("Name length")) {
            return "key is longer than " + HardenedMapper.MAX_NAME_LENGTH + " characters";
        }
        if (m.startsWith("Document length")) {
            return "the file is larger than " + HardenedMapper.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB";
        }
        return firstLine(m);
    }

    private static String syntaxReason(String message) {
        Matcher duplicate = DUPLICATE.matcher(message == null ? "" : message);
        if (duplicate.find()) {
            return "duplicate key \"" + duplicate.group(1) + "\"";
        }
        return "invalid JSON: " + firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        // Jackson appends "(start marker at [Source: …])": the path and line already say where.
        int source = line.indexOf(" (start marker at");
        return source > 0 ? line.substring(0, source) : line;
    }

    private static String rangeTarget(Class<?> type) {
        return type == Long.class || type == long.class ? "whole number (64 bits)" : "whole number (32 bits)";
    }

    private static String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** What the format expects where binding failed, in the words of docs/FORMAT.md. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** Used by the messages of other stages too: "an array", "text \"abc\"", "the number 5". */
    public static String describeToken(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "unexpected content";
        };
    }

    private static String describeValue(Object value) {
        return value instanceof String text ? FieldValues.quote(text) : String.valueOf(value);
    }

}
