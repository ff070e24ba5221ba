package dev.postmortem.cli.internal;

import dev.postmortem.cli.PostmortemCli;
import dev.postmortem.export.ExportException;
import dev.postmortem.io.PostmortemFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns exceptions into one-line messages and exit codes; stack traces only with --debug. */
public final class Errors {
  private Errors() {}

  /** Handles an exception thrown by a command. */
  public static int handleExecution(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean expected = isExpected(ex);
    if (expected) {
      err.println("postmortem: error: " + describe(ex));
    } else {
      // one line, no Java class name: what failed is for the stack trace that --debug prints
      err.println("postmortem: internal error (a bug; run again with --debug for the stack trace"
          + " and report it)" + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage())));
    }
    if (debugRequested(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return PostmortemCli.ERROR;
  }

  /** Handles a usage error: the message, suggestions, and where to find help. */
  public static int handleParameter(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("postmortem: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (debugRequested(cmd.getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    return PostmortemCli.ERROR;
  }

  /** Whether the exception is a problem with the input or environment rather than a bug. */
  static boolean isExpected(Throwable ex) {
    return ex instanceof CliException
        || ex instanceof PostmortemFormatException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof ExportException;
  }

  /** A one-line description of an expected failure: where, then what. */
  public static String describe(Throwable ex) {
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return describe(ex.getCause());
    }
    if (ex instanceof NoSuchFileException) {
      return ((NoSuchFileException) ex).getFile() + ": no such file or directory";
    }
    if (ex instanceof AccessDeniedException) {
      return ((AccessDeniedException) ex).getFile() + ": permission denied";
    }
    if (ex instanceof NotDirectoryException) {
      return ((NotDirectoryException) ex).getFile() + ": not a directory";
    }
    if (ex instanceof FileSystemException) {
      FileSystemException fse = (FileSystemException) ex;
      return fse.getFile() + ": " + (fse.getReason() == null ? "cannot be accessed" : fse.getReason());
    }
    if (ex instanceof PostmortemFormatException && ((PostmortemFormatException) ex).problems().size() > 1) {
      // one located line per problem; each line gets the caller's "postmortem: error: " prefix
      return String.join("\npostmortem: error: ",
          ex.getMessage().lines().map(Errors::oneLine).toList());
    }
    String message = ex.getMessage();
    return message == null ? "failed without a message" : oneLine(message);
  }

  /** {@code s} on one line, with control characters shown as escapes (see {@link Terminal}). */
  static String oneLine(String s) {
    return Terminal.escape(s);
  }

  private static boolean debugRequested(ParseResult pr) {
    for (ParseResult r = pr; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
