// Reads BTF, the kernel's type format (Documentation/bpf/btf.rst): the program's own types
// and the running kernel's (/sys/kernel/btf/vmlinux), just enough to find a type by name and a
// struct member's offset. Every offset and index read from the data is checked against its
// size: a truncated or forged file gives an error, never a read outside it.
#ifndef PORTSCOPE_BTF_H
#define PORTSCOPE_BTF_H
#include <stddef.h>
#include <stdint.h>

/// Parsed BTF: the type records (indexed by id, from 1) and the string section. Borrows the
/// bytes it was made from.
typedef struct {
    const uint8_t *types;
    uint32_t types_size;
    const char *strings;
    uint32_t strings_size;
    /// Offset of type id N's record in `types`, for N in 1...count (entry 0 unused).
    uint32_t *offsets;
    uint32_t count;
} btf_index;

/// One type record's fixed part.
typedef struct {
    uint32_t name_off;
    uint32_t info;
    uint32_t size_or_type;
} btf_record;

/// Indexes `size` bytes of BTF at `data`; 0, or -1 with a reason in `reason`.
int btf_index_make(btf_index *btf, const void *data, size_t size, char *reason, size_t reason_size);
void btf_index_free(btf_index *btf);

/// The record of type `id`, NULL for id 0 (void) or an id out of range.
const btf_record *btf_type(const btf_index *btf, uint32_t id);
/// The string at `offset`, NULL when out of range or not terminated.
const char *btf_name(const btf_index *btf, uint32_t offset);
uint32_t btf_kind(const btf_record *type);
uint32_t btf_vlen(const btf_record *type);
/// Follows typedefs and qualifiers from `id` to the type they name (0 if it is void, or if
/// the chain is broken or longer than 32 steps).
uint32_t btf_resolve(const btf_index *btf, uint32_t id);
/// The size in bytes of type `id` (after typedefs and qualifiers), -1 when it has none.
int64_t btf_size(const btf_index *btf, uint32_t id);
/// The first type of `kind` named `name` after id `after` (0 to start), 0 when none.
uint32_t btf_find(const btf_index *btf, uint32_t kind, const char *name, uint32_t after);

/// Finds, in one pass, the first type of `kinds[i]` named `names[i]` for each of `count`
/// queries, into `ids[i]` (0 when none); on the kernel's 120,000 types, several times faster
/// than btf_find.
void btf_find_each(const btf_index *btf, uint32_t count, const uint32_t *kinds, const char *const *names,
                   uint32_t *ids);

/// A struct or union member, found by name.
typedef struct {
    /// The member's type id.
    uint32_t type;
    /// Its offset from the start of the outer type, in bits.
    uint32_t bit_offset;
    /// Its bitfield size in bits, 0 when it is not a bitfield.
    uint32_t bitfield_size;
} btf_member_place;

/// Finds member `name` in struct or union `id`, looking inside anonymous struct and union
/// members as C does; 0, or -1 when there is none.
int btf_member_named(const btf_index *btf, uint32_t id, const char *name, btf_member_place *place);
/// Member number `index` of struct or union `id`, with its name; 0, or -1 when out of range.
int btf_member_at(const btf_index *btf, uint32_t id, uint32_t index, btf_member_place *place,
                  const char **name);

#endif
