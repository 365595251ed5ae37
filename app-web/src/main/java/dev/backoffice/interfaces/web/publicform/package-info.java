/** Interfaces: the public registration page (no login): form state, bot checks, live requisites checks. */
package dev.backoffice.interfaces.web.publicform;
