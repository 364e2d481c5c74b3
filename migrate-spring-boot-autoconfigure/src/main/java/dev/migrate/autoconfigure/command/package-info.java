/**
 * The {@code migrate …} command runner: an application started with the arguments {@code migrate <command> …} runs
 * that command line against its database instead of starting as usual, and exits with the command's status.
 */
package dev.migrate.autoconfigure.command;
