/**
 * The web shell: layout, language (Bahasa Indonesia first, English on request), login page and the home page
 * ("Beranda") with the map of Indonesia.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package id.matagaruda.web;
