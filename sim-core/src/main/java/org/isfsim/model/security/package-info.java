/** The security forces on the ground as everyone else sees them: a unit's presence and strength, cell by cell. */
package org.isfsim.model.security;
