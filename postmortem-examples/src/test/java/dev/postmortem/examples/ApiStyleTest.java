package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.archive.Archive;
import dev.postmortem.archive.ReviewPack;
import dev.postmortem.export.Exporter;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of the library modules follows one style (see the CHANGELOG's migration table):
 * no checked exceptions, no public {@code check()} on model types, default instances and builders
 * named {@code create()} and {@code builder()}, and the same outputs on every writer.
 */
class ApiStyleTest {
  /** Names a public static no-argument factory of a type may have. */
  private static final Set<String> FACTORY_NAMES = Set.of("create", "builder", "empty");

  /**
   * Factories that name genuinely different values rather than a default: one per input format of
   * the timeline importer (like {@code Format.JSON}).
   */
  private static final Set<String> NAMED_VALUES = Set.of(
      "dev.postmortem.importer.TimelineImporter.jsonLines()",
      "dev.postmortem.importer.TimelineImporter.csv()",
      "dev.postmortem.importer.TimelineImporter.slack()");

  @Test
  void publicApiDeclaresNoCheckedExceptions() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : publicApi()) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable m : members) {
        if (!visible(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        for (Class<?> ex : m.getExceptionTypes()) {
          if (!RuntimeException.class.isAssignableFrom(ex) && !Error.class.isAssignableFrom(ex)) {
            offenders.add(type.getName() + "." + m.getName() + " throws " + ex.getSimpleName());
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void modelInvariantChecksAreNotPublic() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : publicApi()) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals("check") && m.getParameterCount() == 0) {
          offenders.add(type.getName());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void defaultInstancesAreCalledCreateAndBuildersBuilder() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : publicApi()) {
      if (type.isEnum() || type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        int mod = m.getModifiers();
        boolean factory = Modifier.isStatic(mod) && Modifier.isPublic(mod)
            && m.getParameterCount() == 0
            && (m.getReturnType() == type || m.getReturnType().getDeclaringClass() == type
                || m.getReturnType().getSimpleName().equals("Immutable" + type.getSimpleName() + "$Builder"));
        String name = type.getName() + "." + m.getName() + "()";
        if (factory && !FACTORY_NAMES.contains(m.getName()) && !NAMED_VALUES.contains(name)) {
          offenders.add(name);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /**
   * A type that writes something to a stream, {@code write(X, OutputStream)}, also writes it to a
   * file, {@code write(X, Path)}, and as bytes, {@code toBytes(X)}; a {@code toString(X)} comes
   * with them.
   */
  @Test
  void everyWriterHasTheSameOutputs() {
    List<String> offenders = new ArrayList<>();
    List<String> writers = new ArrayList<>();
    for (Class<?> type : publicApi()) {
      for (Method m : type.getMethods()) {
        Class<?>[] p = m.getParameterTypes();
        boolean toStream = m.getName().equals("write") && p.length == 2 && p[1] == OutputStream.class;
        boolean toText = m.getName().equals("toString") && p.length == 1;
        if (!toStream && !toText || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        Class<?> value = p[0];
        writers.add(type.getSimpleName() + "." + m.getName() + "(" + value.getSimpleName() + ")");
        for (String sibling : List.of("write(Path)", "write(OutputStream)", "toBytes")) {
          if (!has(type, sibling, value)) {
            offenders.add(type.getName() + " has " + m.getName() + " but not " + sibling);
          }
        }
      }
    }
    assertThat(writers).contains("ReviewPack.write(ArchiveReport)", "Exporter.write(Postmortem)",
        "PostmortemWriter.toString(Postmortem)");
    assertThat(offenders).isEmpty();
  }

  private static boolean has(Class<?> type, String sibling, Class<?> value) {
    try {
      switch (sibling) {
        case "write(Path)":
          return type.getMethod("write", value, Path.class).getReturnType() == void.class;
        case "write(OutputStream)":
          return type.getMethod("write", value, OutputStream.class).getReturnType() == void.class;
        default:
          return type.getMethod("toBytes", value).getReturnType() == byte[].class;
      }
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void theScanSeesEveryLibraryModule() {
    Set<String> packages = new TreeSet<>();
    publicApi().forEach(c -> packages.add(c.getPackageName()));
    assertThat(packages).contains("dev.postmortem.model", "dev.postmortem.io", "dev.postmortem.validate",
        "dev.postmortem.export", "dev.postmortem.export.pdf", "dev.postmortem.importer",
        "dev.postmortem.archive");
    assertThat(publicApi()).contains(Postmortem.class, Exporter.class, PostmortemImporter.class,
        Archive.class, ReviewPack.class);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> publicApi() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : List.of(Postmortem.class, Exporter.class, PostmortemImporter.class,
        Archive.class)) {
      for (String name : classNames(anchor)) {
        if (name.contains(".internal.") || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, anchor.getClassLoader());
          if (Modifier.isPublic(c.getModifiers()) && (c.getDeclaringClass() == null
              || Modifier.isPublic(c.getDeclaringClass().getModifiers()))) {
            types.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    return types;
  }

  /** The classes of the jar or directory {@code anchor} was loaded from. */
  private static List<String> classNames(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(className(
              root.relativize(f).toString().replace('\\', '/'))));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.endsWith(".class") && !n.startsWith("META-INF/")) {
              names.add(className(n));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
