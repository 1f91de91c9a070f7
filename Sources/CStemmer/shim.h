#ifndef ARGKB_CSTEMMER_SHIM_H
#define ARGKB_CSTEMMER_SHIM_H

/// The Snowball stemmers (Debian: libstemmer-dev), https://snowballstem.org/.
#include <libstemmer.h>

#endif
