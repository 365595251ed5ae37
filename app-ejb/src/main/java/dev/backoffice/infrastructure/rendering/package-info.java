/**
 * Infrastructure: the hardened document renderer (template pack archives, XSLT with secure processing, Apache FOP with
 * a pack-only resource resolver, render limits). Nothing here reads a file or URL outside a pack.
 */
package dev.backoffice.infrastructure.rendering;
