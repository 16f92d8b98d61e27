// libvips' own headers (Debian libvips-dev), for the check of our declarations only
// (Sources/CVipsCheck): the program itself loads libvips at run time.
#include <vips/vips.h>
