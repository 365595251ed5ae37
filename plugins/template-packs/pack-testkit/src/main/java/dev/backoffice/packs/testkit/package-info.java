/** Test support for template pack modules: render a pack's templates the way the host does and read the PDF back. */
package dev.backoffice.packs.testkit;
