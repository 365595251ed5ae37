/** Interfaces (web): issued documents (list, detail with the PDF inline) and template packs. Screen state only. */
package dev.backoffice.interfaces.web.documents;
