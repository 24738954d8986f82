/**
 * The {@code ./matagaruda} command line: start the server (demo or production), list regions, create the first
 * administrator, and run the HTTP benchmark.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CLI")
package id.matagaruda.cli;
