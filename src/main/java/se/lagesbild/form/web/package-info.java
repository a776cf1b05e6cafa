/** Pages to list, create, edit, preview, publish, export and import forms. */
package se.lagesbild.form.web;
