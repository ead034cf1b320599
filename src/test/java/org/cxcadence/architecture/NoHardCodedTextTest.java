package org.cxcadence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cxcadence.ui.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * All user-visible text lives in the resource bundle: no class of {@code ui} or {@code app} hands a
 * string literal made of words to a control's text, prompt, tooltip, title or accessible name, to a
 * JavaFX constructor (new Label("…"), new Button("…"), new Tooltip("…")), or to a string property (a
 * view model's message). Read from the compiled bytecode, so string concatenation ("Saved " + name)
 * is seen too. Ids, style classes, message keys and CSS are not words: a literal counts as text when
 * it holds a letter and a space, or starts like a capitalised word ("Everyone").
 */
class NoHardCodedTextTest {
    private static final Set<String> TEXT_SETTERS = Set.of("setText", "setPromptText", "setTitle", "setHeaderText",
            "setContentText", "setAccessibleText", "setAccessibleHelp");
    private static final Pattern WORDS = Pattern.compile("(?s).*\\p{L}.*\\s.*|.*\\s.*\\p{L}.*|\\p{Lu}\\p{Ll}.*");
    private static final ClassDesc STRING = ConstantDescs.CD_String;
    private static final ClassDesc OBJECT = ConstantDescs.CD_Object;
    private static final ClassDesc CHARS = ClassDesc.of("java.lang.CharSequence");

    @Test
    void uiAndAppHandNoLiteralWordsToTheScreen() throws Exception {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String pkg : List.of("org/cxcadence/ui", "org/cxcadence/app")) {
            try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    scan(ClassFile.of().parse(file), found);
                    scanned++;
                }
            }
        }
        assertTrue(scanned > 50, "the ui and app classes were found under " + classes);
        assertEquals(List.of(), found, "move these texts to messages.properties and read them with messages.get(…)");
    }

    @Test
    void theCheckFindsLiteralTextAndLetsKeysIdsAndStylesPass() throws IOException, URISyntaxException {
        List<String> found = new ArrayList<>();
        Path self = Path.of(Sample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        scan(ClassFile.of().parse(self.resolve(Sample.class.getName().replace('.', '/') + ".class")), found);
        assertEquals(3, found.size(), String.join("\n", found));
        assertTrue(found.get(0).contains("\"Hello there\""), found.get(0));
        assertTrue(found.get(1).contains("\"Everyone\""), found.get(1));
        assertTrue(found.get(2).contains("\"Saved {}\""), found.get(2));
    }

    /** What the check must catch (three) and must let pass (the rest). */
    @SuppressWarnings("unused")
    static final class Sample {
        void texts(javafx.scene.control.Label label, javafx.beans.property.StringProperty message, Messages m,
                String name) {
            new javafx.scene.control.Label("Hello there", new javafx.scene.layout.Pane());
            label.setText("Everyone");
            message.set("Saved " + name);
            label.setText(m.get("home.title"));
            label.setId("home-title");
            label.getStyleClass().add("title-2");
            label.setText(name + " · " + m.format("home.count.open", 3));
            message.set("program.saved.milestone");
            new javafx.scene.control.Label("→ " + name);
            label.setStyle("-fx-padding: 3px;");
            label.setText(name);
        }
    }

    private static void scan(ClassModel model, List<String> found) {
        String owner = model.thisClass().asInternalName().replace('/', '.');
        for (MethodModel method : model.methods()) {
            method.code().ifPresent(code -> {
                List<String> pending = new ArrayList<>();
                int line = 0;
                for (CodeElement e : code) {
                    switch (e) {
                        case LineNumber n -> line = n.line();
                        case ConstantInstruction c when c.constantValue() instanceof String s -> pending.add(s);
                        case InvokeDynamicInstruction indy -> {
                            pending.clear();
                            if (indy.bootstrapMethod().methodName().equals("makeConcatWithConstants")
                                    && !indy.bootstrapArgs().isEmpty()
                                    && indy.bootstrapArgs().getFirst() instanceof String recipe) {
                                pending.add(recipe.replace("\u0001", "{}").replace("\u0002", "{}"));
                            }
                        }
                        case InvokeInstruction call -> {
                            if (isTextSink(call)) {
                                for (String s : pending) {
                                    if (WORDS.matcher(s).matches()) {
                                        found.add(owner + "." + method.methodName().stringValue() + " (line " + line
                                                + "): \"" + s + "\" to " + call.owner().asInternalName() + "."
                                                + call.name().stringValue());
                                    }
                                }
                            }
                            if (consumesOrMakesText(call.typeSymbol())) {
                                pending.clear();
                            }
                        }
                        default -> { }
                    }
                }
            });
        }
    }

    /** A call that puts its string argument on screen. */
    private static boolean isTextSink(InvokeInstruction call) {
        String name = call.name().stringValue();
        String owner = call.owner().asInternalName();
        if (TEXT_SETTERS.contains(name)) {
            return true;
        }
        if (name.equals("<init>") && owner.startsWith("javafx/") && takesText(call.typeSymbol())) {
            return true;
        }
        return (name.equals("set") || name.equals("setValue")) && (owner.contains("StringProperty") || owner.contains("StringWrapper"));
    }

    private static boolean takesText(MethodTypeDesc type) {
        return type.parameterList().stream().anyMatch(p -> p.equals(STRING) || p.equals(OBJECT) || p.equals(CHARS));
    }

    /** A literal is used up by any call taking or giving text (messages.get("key") gives text for its key). */
    private static boolean consumesOrMakesText(MethodTypeDesc type) {
        ClassDesc r = type.returnType();
        return takesText(type) || r.equals(STRING) || r.equals(OBJECT) || r.equals(CHARS)
                || type.parameterList().stream().anyMatch(ClassDesc::isArray);
    }
}
