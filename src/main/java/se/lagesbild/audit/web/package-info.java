/** The page where administrators and county coordinators read the audit trail within their scope. */
package se.lagesbild.audit.web;
