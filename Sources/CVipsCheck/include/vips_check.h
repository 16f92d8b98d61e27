// Our declarations of libvips (Sources/CVips/include/tw_vips_api.h) checked against libvips'
// own headers: function types and enumeration values when this target compiles, names of
// image fields when the tests call `tw_vips_check_names`.
#ifndef TRIPWRIGHT_VIPS_CHECK_H
#define TRIPWRIGHT_VIPS_CHECK_H

/// 0 when our names of libvips' image fields are libvips' own.
int tw_vips_check_names(void);

#endif
