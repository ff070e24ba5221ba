package dev.postmortem.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads an enum option case-insensitively, treating {@code -} and {@code _} alike, and lists the
 * allowed values as they are written on the command line when the value is wrong.
 */
public final class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  private EnumConverter(Class<E> type) {
    this.type = type;
  }

  /** Registers converters for the enum options of every command. */
  public static void registerAll(CommandLine cl) {
    register(cl, ReportFormat.class);
    register(cl, Level.class);
    register(cl, InputFormat.class);
    register(cl, ConvertCommand.Target.class);
    register(cl, MetricsCommand.MetricsFormat.class);
    register(cl, InitCommand.Template.class);
    register(cl, RulesCommand.RulesFormat.class);
    register(cl, RenderCommand.Target.class);
    register(cl, dev.postmortem.export.Template.class);
    register(cl, dev.postmortem.export.Audience.class);
    register(cl, dev.postmortem.validate.Profile.class);
  }

  private static <E extends Enum<E>> void register(CommandLine cl, Class<E> type) {
    cl.registerConverter(type, new EnumConverter<>(type));
  }

  @Override
  public E convert(String value) {
    String wanted = normalize(value);
    for (E e : type.getEnumConstants()) {
      if (normalize(e.toString()).equals(wanted) || normalize(e.name()).equals(wanted)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException("expected one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> normalize(e.toString())).collect(Collectors.joining(", "))
        + " but was '" + value + "'");
  }

  private static String normalize(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
