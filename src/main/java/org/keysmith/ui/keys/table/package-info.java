/**
 * The key table of the main window, built for 10 000 rows: {@code ShownRows} and {@code RankRuns} replace
 * {@code FilteredList}/{@code SortedList}, and {@code FixedRowFlow} (through {@code KeyTableSkin}) overrides a JavaFX
 * internal, {@code VirtualFlow.setCellIndex}, to skip CSS passes while scrolling. Why, and how to check it after a
 * JavaFX upgrade: docs/decisions/0006-key-table-internals.md.
 */
package org.keysmith.ui.keys.table;
