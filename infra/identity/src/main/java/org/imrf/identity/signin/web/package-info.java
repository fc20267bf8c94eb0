/** The sign-in and sign-out pages staff see at the provider. */
package org.imrf.identity.signin.web;
