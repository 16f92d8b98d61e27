// Compiling this file checks Sources/CVips/include/tw_vips_api.h against libvips' headers: a
// declaration that differs stops the build of the tests.
#include <string.h>
#include <vips/vips.h>

#include "tw_vips_api.h"
#include "vips_check.h"

#define SAME_TYPE(name)                                                                                   \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&name), __typeof__(((struct tw_vips_functions *)0)->name)), \
                   #name " is declared differently in libvips' headers")

SAME_TYPE(vips_init);
SAME_TYPE(vips_error_buffer);
SAME_TYPE(vips_error_clear);
SAME_TYPE(vips_cache_set_max);
SAME_TYPE(vips_concurrency_set);
SAME_TYPE(vips_thumbnail);
SAME_TYPE(vips_image_hasalpha);
SAME_TYPE(vips_array_double_newv);
SAME_TYPE(vips_flatten);
SAME_TYPE(vips_area_unref);
SAME_TYPE(vips_image_guess_interpretation);
SAME_TYPE(vips_colourspace);
SAME_TYPE(vips_image_get_width);
SAME_TYPE(vips_image_get_height);
SAME_TYPE(vips_image_get_bands);
SAME_TYPE(vips_image_get_orientation);
SAME_TYPE(vips_image_get_typeof);
SAME_TYPE(vips_image_get_string);
SAME_TYPE(vips_image_set_int);
SAME_TYPE(vips_image_set_string);
SAME_TYPE(vips_image_remove);
SAME_TYPE(vips_image_new_from_file);
SAME_TYPE(vips_image_new_from_buffer);
SAME_TYPE(vips_image_write_to_file);
SAME_TYPE(vips_jpegsave);
SAME_TYPE(vips_rot);
SAME_TYPE(vips_rot90);
SAME_TYPE(vips_reducev);
SAME_TYPE(vips_autorot);
SAME_TYPE(vips_copy);
SAME_TYPE(vips_crop);
SAME_TYPE(vips_sines);
SAME_TYPE(vips_linear1);
SAME_TYPE(vips_gaussnoise);
SAME_TYPE(vips_add);
SAME_TYPE(vips_subtract);
SAME_TYPE(vips_abs);
SAME_TYPE(vips_avg);
SAME_TYPE(vips_cast);
SAME_TYPE(vips_bandjoin2);
SAME_TYPE(vips_xyz);
SAME_TYPE(vips_extract_band);
SAME_TYPE(vips_foreign_find_load_buffer);
SAME_TYPE(vips_nickname_find);
SAME_TYPE(g_log_set_handler);
SAME_TYPE(g_object_ref);
SAME_TYPE(g_object_unref);
SAME_TYPE(g_type_from_name);
_Static_assert(__builtin_types_compatible_p(GLogFunc, tw_g_log_func), "GLogFunc differs");

#define SAME_VALUE(name) _Static_assert(TW_##name == name, #name " has another value in libvips' headers")
SAME_VALUE(VIPS_SIZE_DOWN);
SAME_VALUE(VIPS_FAIL_ON_ERROR);
SAME_VALUE(VIPS_INTERPRETATION_B_W);
SAME_VALUE(VIPS_INTERPRETATION_sRGB);
SAME_VALUE(VIPS_ANGLE_D0);
SAME_VALUE(VIPS_ANGLE_D90);
SAME_VALUE(VIPS_ANGLE_D180);
SAME_VALUE(VIPS_ANGLE_D270);
SAME_VALUE(VIPS_KERNEL_LINEAR);
SAME_VALUE(VIPS_FORMAT_UCHAR);
SAME_VALUE(VIPS_FOREIGN_SUBSAMPLE_ON);
SAME_VALUE(VIPS_ACCESS_SEQUENTIAL);
SAME_VALUE(G_LOG_LEVEL_WARNING);
SAME_VALUE(G_LOG_LEVEL_MESSAGE);

int tw_vips_check_names(void) {
    return strcmp(TW_VIPS_META_LOADER, VIPS_META_LOADER) != 0 || strcmp(TW_VIPS_META_ORIENTATION, VIPS_META_ORIENTATION) != 0;
}
