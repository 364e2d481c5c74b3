package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import dev.migrate.MigrateException;
import dev.migrate.Migration;

/**
 * Writes the revision index of every package that holds {@link dev.migrate.Revision} classes, as the resource
 * {@code migrate-revisions.idx} in that package of the class output (format: {@code RevisionIndex}), so that
 * {@link ScriptDirectory} knows the revisions without loading their classes. Rejects at compile time
 * what would fail at run time: a revision class that is not a public, concrete, static class implementing
 * {@link Migration} with a public no-argument constructor, an illegal or empty identifier, and an id declared twice.
 *
 * <p>Incremental compilations (an IDE recompiling some classes) merge with the index already in the output: entries
 * of classes compiled now are replaced, entries of other classes are kept while their class file is still there.
 *
 * <p>Registered as a service in the engine jar, so javac runs it whenever the engine is on the class path and
 * annotation processing is enabled (implicit up to JDK 22; from JDK 23 on name it with {@code -processor} or pass
 * {@code -proc:full}).
 */
@SupportedAnnotationTypes("dev.migrate.Revision")
public final class RevisionIndexProcessor extends AbstractProcessor {

    /** Revisions found in this compilation, by package. */
    private final Map<String, List<Found>> found = new TreeMap<>();

    /** Revisions found in this compilation, by id. */
    private final Map<String, Found> foundById = new HashMap<>();

    /** Binary names of every class compiled now, annotated or not. */
    private final Set<String> compiledClasses = new HashSet<>();

    /** Packages of every class compiled now: those whose index may change. */
    private final Set<String> compiledPackages = new TreeSet<>();

    /** The class annotated with {@code @Revision} and the revision it declares. */
    private record Found(TypeElement element, Revision revision) {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            recordCompiled(type);
        }
        for (Element element : round.getElementsAnnotatedWith(dev.migrate.Revision.class)) {
            index(element);
        }
        if (round.processingOver()) {
            for (String pkg : compiledPackages) {
                writeIndex(pkg);
            }
        }
        return true;
    }

    private void recordCompiled(TypeElement type) {
        compiledClasses.add(binaryName(type));
        compiledPackages.add(packageName(type));
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            recordCompiled(member);
        }
    }

    private void index(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            error(element, "@Revision can only be placed on a class, not on " + kind + " " + element);
            return;
        }
        try {
            indexClass((TypeElement) element);
        }
        catch (AnnotationTypeMismatchException ex) {
            // an attribute value that does not compile: javac reports it
        }
    }

    private void indexClass(TypeElement type) {
        dev.migrate.Revision annotation = type.getAnnotation(dev.migrate.Revision.class);
        boolean valid = checkClass(type) & checkIdentifiers(type, annotation);
        if (!valid) {
            return;
        }
        Revision revision = new Revision(annotation.id(), List.of(annotation.down()),
                List.of(annotation.dependsOn()), new LinkedHashSet<>(Arrays.asList(annotation.branchLabels())),
                annotation.message(), binaryName(type), packageName(type));
        Found entry = new Found(type, revision);
        Found other = foundById.putIfAbsent(revision.id(), entry);
        if (other != null) {
            idError(type, "Duplicate revision id '" + revision.id() + "': declared by " + other.revision().className()
                    + " and by " + revision.className());
            return;
        }
        found.computeIfAbsent(revision.location(), pkg -> new ArrayList<>()).add(entry);
    }

    private boolean checkClass(TypeElement type) {
        String name = "@Revision class " + type.getQualifiedName();
        boolean valid = true;
        Set<Modifier> modifiers = type.getModifiers();
        if (!modifiers.contains(Modifier.PUBLIC)) {
            valid = error(type, name + " must be public");
        }
        if (modifiers.contains(Modifier.ABSTRACT)) {
            valid = error(type, name + " must not be abstract");
        }
        if (type.getNestingKind() != NestingKind.TOP_LEVEL && !modifiers.contains(Modifier.STATIC)) {
            valid = error(type, name + " must be static: an inner class cannot be created without an instance of "
                    + type.getEnclosingElement());
        }
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(Migration.class.getName());
        if (!processingEnv.getTypeUtils().isAssignable(type.asType(),
                processingEnv.getTypeUtils().erasure(migration.asType()))) {
            valid = error(type, name + " must implement " + Migration.class.getName());
        }
        boolean publicNoArgConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        // the default constructor of a class that is not public is not public either: one error is enough
        if (!publicNoArgConstructor && modifiers.contains(Modifier.PUBLIC)) {
            valid = error(type, name + " must have a public constructor without parameters");
        }
        return valid;
    }

    private boolean checkIdentifiers(TypeElement type, dev.migrate.Revision annotation) {
        if (annotation.id().isEmpty()) {
            return idError(type, "@Revision class " + type.getQualifiedName() + " has an empty id");
        }
        try {
            Revision.checkIdentifier(annotation.id());
        }
        catch (MigrateException ex) {
            return idError(type, ex.getMessage());
        }
        boolean valid = true;
        Map<String, String[]> lists = Map.of("down", annotation.down(), "dependsOn", annotation.dependsOn(),
                "branchLabels", annotation.branchLabels());
        for (Map.Entry<String, String[]> list : new TreeMap<>(lists).entrySet()) {
            if (Arrays.asList(list.getValue()).contains("")) {
                valid = error(type, "@Revision class " + type.getQualifiedName() + " has an empty entry in "
                        + list.getKey());
            }
        }
        return valid;
    }

    /**
     * Writes the index of {@code pkg}: the revisions found now plus those of the existing index whose classes were
     * not compiled now and are still in the output. Writes nothing for a package without either.
     */
    private void writeIndex(String pkg) {
        List<Found> fresh = found.getOrDefault(pkg, List.of());
        Optional<List<Revision>> existing = readExistingIndex(pkg);
        if (fresh.isEmpty() && existing.isEmpty()) {
            return;
        }
        List<Revision> revisions = new ArrayList<>();
        fresh.forEach(f -> revisions.add(f.revision()));
        for (Revision kept : existing.orElse(List.of())) {
            if (compiledClasses.contains(kept.className()) || !classFileExists(pkg, kept.className())) {
                continue;
            }
            Found duplicate = foundById.get(kept.id());
            if (duplicate != null) {
                idError(duplicate.element(), "Duplicate revision id '" + kept.id() + "': declared by "
                        + duplicate.revision().className() + " and by " + kept.className() + ", compiled earlier (if "
                        + kept.className() + " was renamed or deleted, clean the build output)");
                continue;
            }
            revisions.add(kept);
        }
        Element[] origins = fresh.stream().map(Found::element).toArray(Element[]::new);
        try {
            FileObject file = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, pkg, RevisionIndex.FILE_NAME, origins);
            try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                RevisionIndex.write(revisions, out);
            }
        }
        catch (IOException ex) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Could not write the revision index of package " + pkg + ": " + ex.getMessage());
        }
    }

    /** The index already in the output, if there is a readable one. */
    private Optional<List<Revision>> readExistingIndex(String pkg) {
        FileObject file;
        InputStream in;
        try {
            file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, pkg, RevisionIndex.FILE_NAME);
            in = file.openInputStream();
        }
        catch (IOException | IllegalArgumentException ex) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(RevisionIndex.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), pkg,
                    file.toUri().toString()));
        }
        catch (IOException | MigrateException ex) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "Replacing the revision index of package "
                    + pkg + ": " + ex.getMessage() + "; revisions not compiled now are missing until a full rebuild");
            return Optional.empty();
        }
    }

    private boolean classFileExists(String pkg, String className) {
        String relativeName = (pkg.isEmpty() ? className : className.substring(pkg.length() + 1)) + ".class";
        try {
            processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, pkg, relativeName)
                .openInputStream()
                .close();
            return true;
        }
        catch (IOException | IllegalArgumentException ex) {
            return false;
        }
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private String packageName(TypeElement type) {
        return processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    }

    /** Reports an error on {@code element}; returns {@code false}, the validity of what was checked. */
    private boolean error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return false;
    }

    /** Reports an error on the {@code id} of the element's {@code @Revision}; returns {@code false}. */
    private boolean idError(TypeElement type, String message) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                .contentEquals(dev.migrate.Revision.class.getName())) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
                    : mirror.getElementValues().entrySet()) {
                if (value.getKey().getSimpleName().contentEquals("id")) {
                    processingEnv.getMessager()
                        .printMessage(Diagnostic.Kind.ERROR, message, type, mirror, value.getValue());
                    return false;
                }
            }
        }
        return error(type, message);
    }
}
