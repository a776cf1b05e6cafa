/**
 * Shared kernel: roles, scope, the signed-in user, security, page layout and error handling.
 * Open so that every module can use it; it depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.lagesbild.shared;

import org.springframework.modulith.ApplicationModule;
