package dev.backoffice.application;

import java.util.List;

/**
 * Port: writes a table as a file users open in a spreadsheet (CSV, UTF-8 with BOM). Cells that a spreadsheet would
 * run as a formula (=, +, -, @ …) are neutralised, so exported requisites from the outside cannot attack the reader.
 */
public interface TableFileWriter {

  byte[] csv(List<List<String>> rows);
}
