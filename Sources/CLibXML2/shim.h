#ifndef ARGKB_CLIBXML2_SHIM_H
#define ARGKB_CLIBXML2_SHIM_H

/// libxml2's HTML parser (Debian: libxml2-dev), https://gitlab.gnome.org/GNOME/libxml2.
/// Only the HTML reader of Ingest imports this module.
/// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the system's ICU
/// headers, whose `UErrorCode` clashes with the ICU Foundation bundles (_FoundationICU) in any
/// Swift module that imports both. argkb never touches libxml2's ICU converters (the only
/// declarations the macro guards are fields of xmlCharEncodingHandler, which Swift never reads),
/// so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/// The options argkb parses HTML with: recover from broken markup, say nothing on stderr, never
/// touch the network, and ignore the document's own charset declaration (the reader decides the
/// encoding from the bytes and passes it). Combined here, where C's arithmetic on the enum
/// constants is plain.
static inline int argkb_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
           HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
}

#endif
