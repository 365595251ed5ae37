package dev.backoffice.infrastructure.csv;

/** A CSV file that cannot be read at all (broken encoding, over a limit); carries the {@link CsvProblem} to show. */
public class CsvFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CsvProblem problem;

  public CsvFileException(CsvProblem problem) {
    super(problem.code() + (problem.args().isEmpty() ? "" : " " + problem.args()));
    this.problem = problem;
  }

  public CsvProblem problem() {
    return problem;
  }
}
