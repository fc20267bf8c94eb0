/** Forum editions (IMRF 2022, 2026, ...): several are held side by side. */
package org.imrf.registration.edition;
