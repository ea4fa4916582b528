// Reads one program out of a BPF ELF object (as clang writes it) and prepares its instructions
// for the running kernel: field offsets relocated against the kernel's BTF (CO-RE, the
// BPF_CORE_FIELD_BYTE_OFFSET relocations that member accesses produce) and map references
// pointed at a map's descriptor. Anything else in the object (other relocation kinds, calls
// to other functions) is refused with a reason: the program it describes is not loaded.
#ifndef PORTSCOPE_BPF_IMAGE_H
#define PORTSCOPE_BPF_IMAGE_H
#include "btf.h"
#include <linux/bpf.h>
#include <stddef.h>
#include <stdint.h>

/// A program's instructions and what they need before loading.
typedef struct {
    /// A copy of the object (aligned, so its BTF can be read in place).
    uint8_t *object;
    size_t object_size;
    struct bpf_insn *insns;
    uint32_t insn_count;
    /// The object's licence string (inside `object`).
    const char *license;
    /// The object's own BTF (.BTF) and its CO-RE relocations for the program's section.
    btf_index local;
    const uint8_t *relocations;
    uint32_t relocation_count;
    uint32_t relocation_size;
    /// Instructions that load the address of the map named at reading (64-bit immediates).
    uint32_t map_sites[8];
    uint32_t map_site_count;
} bpf_image;

/// Reads the program in section `section` of the object at `object` and the sites that refer
/// to map `map` (the only map it may use); 0, or -1 with a reason.
int bpf_image_read(bpf_image *image, const void *object, size_t size, const char *section,
                   const char *map, char *reason, size_t reason_size);
/// Rewrites the program's field offsets for the kernel whose types are `kernel`; 0, or -1
/// with a reason (a field the kernel lacks, or whose size differs).
int bpf_image_relocate(bpf_image *image, const btf_index *kernel, char *reason, size_t reason_size);
/// Points the program's map references at descriptor `map_fd`.
void bpf_image_set_map(bpf_image *image, int map_fd);
void bpf_image_free(bpf_image *image);

#endif
