// See bpf_image.h.
#ifdef __linux__
#include "bpf_image.h"
#include "loader_util.h"
#include <elf.h>
#include <stdlib.h>
#include <string.h>

#ifndef EM_BPF
#define EM_BPF 247
#endif
#define R_BPF_64_64 1
#define BTF_EXT_MAGIC 0xeB9F

/// A section's bytes, NULL when they lie outside the object.
static const uint8_t *section_data(const bpf_image *image, const Elf64_Shdr *section) {
    if (section->sh_type == SHT_NOBITS || section->sh_offset > image->object_size ||
        section->sh_size > image->object_size - section->sh_offset)
        return NULL;
    return image->object + section->sh_offset;
}

/// A terminated string at `offset` of a string section, NULL when there is none.
static const char *string_at(const uint8_t *strings, uint64_t size, uint64_t offset) {
    if (!strings || offset >= size || !memchr(strings + offset, 0, size - offset)) return NULL;
    return (const char *)strings + offset;
}

/// Finds the CO-RE relocations of `section` in .BTF.ext; 0 (none is fine), or -1.
static int read_relocations(bpf_image *image, const uint8_t *ext, uint64_t size, const char *section,
                            char *reason, size_t reason_size) {
    uint16_t magic = 0;
    if (size >= 2) memcpy(&magic, ext, 2);
    uint32_t header = size >= 8 ? loader_read32(ext + 4) : 0;
    if (magic != BTF_EXT_MAGIC || header < 24 || header > size)
        return loader_fail(reason, reason_size, "the object's .BTF.ext header is malformed");
    if (header < 32) return 0;  // A header without the CO-RE part: no relocations.
    uint32_t offset = loader_read32(ext + 24), length = loader_read32(ext + 28);
    if ((uint64_t)header + offset + length > size)
        return loader_fail(reason, reason_size, "the object's CO-RE relocations lie outside .BTF.ext");
    if (length == 0) return 0;
    const uint8_t *at = ext + header + offset, *end = at + length;
    if (length < 4) return loader_fail(reason, reason_size, "the object's CO-RE relocations are cut short");
    uint32_t record_size = loader_read32(at);
    at += 4;
    if (record_size < 16) return loader_fail(reason, reason_size, "the object's CO-RE records are too small");
    while (end - at >= 8) {
        const char *name = btf_name(&image->local, loader_read32(at));
        uint32_t count = loader_read32(at + 4);
        at += 8;
        if ((uint64_t)count * record_size > (uint64_t)(end - at))
            return loader_fail(reason, reason_size, "the object's CO-RE relocations are cut short");
        if (name && strcmp(name, section) == 0) {
            image->relocations = at;
            image->relocation_count = count;
            image->relocation_size = record_size;
        }
        at += (size_t)count * record_size;
    }
    return 0;
}

int bpf_image_read(bpf_image *image, const void *object, size_t size, const char *section,
                   const char *map, char *reason, size_t reason_size) {
    memset(image, 0, sizeof *image);
    if (size < sizeof(Elf64_Ehdr)) return loader_fail(reason, reason_size, "the BPF object is too short");
    image->object = malloc(size);
    if (!image->object) return loader_fail(reason, reason_size, "out of memory");
    memcpy(image->object, object, size);
    image->object_size = size;
    const Elf64_Ehdr *elf = (const Elf64_Ehdr *)image->object;
    if (memcmp(elf->e_ident, ELFMAG, SELFMAG) != 0 || elf->e_ident[EI_CLASS] != ELFCLASS64 ||
        elf->e_ident[EI_DATA] != (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ELFDATA2LSB : ELFDATA2MSB) ||
        elf->e_machine != EM_BPF || elf->e_shentsize != sizeof(Elf64_Shdr) || elf->e_shstrndx >= elf->e_shnum ||
        elf->e_shoff > size || (uint64_t)elf->e_shnum * sizeof(Elf64_Shdr) > size - elf->e_shoff ||
        elf->e_shoff % 8 != 0) {
        bpf_image_free(image);
        return loader_fail(reason, reason_size, "the BPF object is not a BPF ELF object for this byte order");
    }
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(image->object + elf->e_shoff);
    const Elf64_Shdr *names = &sections[elf->e_shstrndx];
    const uint8_t *name_data = section_data(image, names);
    int program = -1, maps = -1, symbols = -1;
    const Elf64_Shdr *rel = NULL, *btf = NULL, *ext = NULL;
    for (int index = 0; index < elf->e_shnum; index++) {
        const char *name = string_at(name_data, names->sh_size, sections[index].sh_name);
        if (!name) continue;
        if (strcmp(name, section) == 0) program = index;
        else if (strcmp(name, ".maps") == 0) maps = index;
        else if (strcmp(name, ".BTF") == 0) btf = &sections[index];
        else if (strcmp(name, ".BTF.ext") == 0) ext = &sections[index];
        else if (strcmp(name, "license") == 0) {
            const uint8_t *data = section_data(image, &sections[index]);
            image->license = data ? string_at(data, sections[index].sh_size, 0) : NULL;
        }
        if (sections[index].sh_type == SHT_SYMTAB) symbols = index;
    }
    for (int index = 0; index < elf->e_shnum; index++)
        if (sections[index].sh_type == SHT_REL && program >= 0 && sections[index].sh_info == (Elf64_Word)program)
            rel = &sections[index];
    const uint8_t *code = program >= 0 ? section_data(image, &sections[program]) : NULL;
    if (!code || sections[program].sh_size == 0 || sections[program].sh_size % sizeof(struct bpf_insn) != 0 ||
        sections[program].sh_offset % 8 != 0 || !image->license || !btf) {
        bpf_image_free(image);
        return loader_fail(reason, reason_size, "the BPF object lacks section %s, its licence or its BTF", section);
    }
    image->insns = (struct bpf_insn *)code;
    image->insn_count = (uint32_t)(sections[program].sh_size / sizeof(struct bpf_insn));
    const uint8_t *btf_data = section_data(image, btf);
    if (!btf_data || btf->sh_offset % 4 != 0) {
        bpf_image_free(image);
        return loader_fail(reason, reason_size, "the BPF object's BTF lies outside it");
    }
    if (btf_index_make(&image->local, btf_data, btf->sh_size, reason, reason_size) != 0) {
        bpf_image_free(image);
        return -1;
    }
    const uint8_t *ext_data = ext ? section_data(image, ext) : NULL;
    if (ext_data && read_relocations(image, ext_data, ext->sh_size, section, reason, reason_size) != 0) {
        bpf_image_free(image);
        return -1;
    }
    if (rel) {
        const uint8_t *rel_data = section_data(image, rel);
        const Elf64_Shdr *symtab = symbols >= 0 ? &sections[symbols] : NULL;
        const uint8_t *symbol_data = symtab ? section_data(image, symtab) : NULL;
        const Elf64_Shdr *symbol_names = symtab && symtab->sh_link < elf->e_shnum ? &sections[symtab->sh_link] : NULL;
        const uint8_t *symbol_name_data = symbol_names ? section_data(image, symbol_names) : NULL;
        if (!rel_data || !symbol_data || !symbol_name_data || rel->sh_offset % 8 != 0 || symtab->sh_offset % 8 != 0) {
            bpf_image_free(image);
            return loader_fail(reason, reason_size, "the BPF object's relocations are unreadable");
        }
        const Elf64_Rel *entries = (const Elf64_Rel *)rel_data;
        const Elf64_Sym *symbol_table = (const Elf64_Sym *)symbol_data;
        uint64_t symbol_count = symtab->sh_size / sizeof(Elf64_Sym);
        for (uint64_t index = 0; index < rel->sh_size / sizeof(Elf64_Rel); index++) {
            uint64_t symbol = ELF64_R_SYM(entries[index].r_info);
            uint64_t insn = entries[index].r_offset / sizeof(struct bpf_insn);
            const char *name = symbol < symbol_count
                ? string_at(symbol_name_data, symbol_names->sh_size, symbol_table[symbol].st_name) : NULL;
            // Only a 64-bit immediate load of the map's address, which is a relocation of its
            // own two-instruction slot.
            if (ELF64_R_TYPE(entries[index].r_info) != R_BPF_64_64 || !name || strcmp(name, map) != 0 ||
                symbol_table[symbol].st_shndx != maps || entries[index].r_offset % sizeof(struct bpf_insn) != 0 ||
                insn + 1 >= image->insn_count || image->insns[insn].code != (BPF_LD | BPF_IMM | BPF_DW) ||
                image->map_site_count == sizeof image->map_sites / sizeof image->map_sites[0]) {
                bpf_image_free(image);
                return loader_fail(reason, reason_size, "the BPF program refers to %s, which portscope does not provide",
                            name ? name : "an unnamed symbol");
            }
            image->map_sites[image->map_site_count++] = (uint32_t)insn;
        }
    }
    return 0;
}

/// The part of a type's name before "___" (CO-RE's convention for local variants of a type).
static void essential_name(const char *name, char *out, size_t size) {
    const char *flavor = strstr(name, "___");
    size_t length = flavor ? (size_t)(flavor - name) : strlen(name);
    if (length >= size) length = size - 1;
    memcpy(out, name, length);
    out[length] = 0;
}

static int same_kind_of_value(uint32_t local, uint32_t target) {
    // An integer may be an enum in the other's types (both are loaded the same way).
    int local_integer = local == 1 || local == 6 || local == 19, target_integer = target == 1 || target == 6 || target == 19;
    return local == target || (local_integer && target_integer);
}

/// Where the field that access string `access` names from local type `root` lies in kernel type
/// `candidate`: 0 with both byte offsets, 1 when the candidate lacks it, -1 when it cannot be
/// relocated (with a reason).
static int place_field(const bpf_image *image, const btf_index *kernel, uint32_t root, uint32_t candidate,
                       const char *access, uint32_t *local_offset, uint32_t *target_offset,
                       char *field, size_t field_size, char *reason, size_t reason_size) {
    const btf_index *local = &image->local;
    uint32_t local_type = root, target_type = candidate, local_bits = 0, target_bits = 0;
    btf_member_place local_member = {0}, target_member = {0};
    const char *at = access;
    char *end;
    unsigned long first = strtoul(at, &end, 10);
    if (end == at || first != 0 || *end != ':')
        return loader_fail(reason, reason_size, "a CO-RE access (%s) is not a plain member access", access);
    while (*end == ':') {
        at = end + 1;
        unsigned long index = strtoul(at, &end, 10);
        const char *name = NULL;
        if (end == at || btf_member_at(local, local_type, (uint32_t)index, &local_member, &name) != 0 || !name[0])
            return loader_fail(reason, reason_size, "a CO-RE access (%s) names no member of the program's types", access);
        snprintf(field, field_size, "%s", name);
        if (btf_member_named(kernel, target_type, name, &target_member) != 0) return 1;
        local_bits += local_member.bit_offset;
        target_bits += target_member.bit_offset;
        local_type = local_member.type;
        target_type = target_member.type;
    }
    if (*end != 0) return loader_fail(reason, reason_size, "a CO-RE access (%s) is malformed", access);
    int64_t local_size = btf_size(local, local_member.type), target_size = btf_size(kernel, target_member.type);
    const btf_record *local_value = btf_type(local, btf_resolve(local, local_member.type));
    const btf_record *target_value = btf_type(kernel, btf_resolve(kernel, target_member.type));
    if (target_member.bitfield_size || target_bits % 8 || local_bits % 8 || local_size < 0 ||
        local_size != target_size || !local_value || !target_value ||
        !same_kind_of_value(btf_kind(local_value), btf_kind(target_value)))
        return loader_fail(reason, reason_size, "field %s differs in this kernel (%lld bytes, %lld in the program)",
                    field, (long long)target_size, (long long)local_size);
    *local_offset = local_bits / 8;
    *target_offset = target_bits / 8;
    return 0;
}

int bpf_image_relocate(bpf_image *image, const btf_index *kernel, char *reason, size_t reason_size) {
    const btf_index *local = &image->local;
    // The kernel's types that the relocations start from, found in one pass.
    enum { most = 16 };
    uint32_t kinds[most], found_ids[most], roots = 0;
    char root_names[most][128];
    const char *names[most];
    for (uint32_t index = 0; index < image->relocation_count && roots < most; index++) {
        const btf_record *root_type = btf_type(local, btf_resolve(local, loader_read32(image->relocations + (size_t)index * image->relocation_size + 4)));
        const char *root_name = root_type ? btf_name(local, root_type->name_off) : NULL;
        if (!root_name) continue;
        char name[128];
        essential_name(root_name, name, sizeof name);
        uint32_t known = 0;
        while (known < roots && !(kinds[known] == btf_kind(root_type) && strcmp(root_names[known], name) == 0)) known++;
        if (known < roots) continue;
        kinds[roots] = btf_kind(root_type);
        memcpy(root_names[roots], name, sizeof name);
        names[roots] = root_names[roots];
        roots++;
    }
    btf_find_each(kernel, roots, kinds, names, found_ids);
    for (uint32_t index = 0; index < image->relocation_count; index++) {
        const uint8_t *record = image->relocations + (size_t)index * image->relocation_size;
        uint32_t insn_offset = loader_read32(record), type_id = loader_read32(record + 4);
        const char *access = btf_name(local, loader_read32(record + 8));
        uint32_t kind = loader_read32(record + 12);
        if (kind != 0 /* BPF_CORE_FIELD_BYTE_OFFSET */ || !access)
            return loader_fail(reason, reason_size, "the program needs a CO-RE relocation of kind %u, which portscope does not apply", kind);
        uint32_t root = btf_resolve(local, type_id);
        const btf_record *root_type = btf_type(local, root);
        const char *root_name = root_type ? btf_name(local, root_type->name_off) : NULL;
        if (!root_name || !root_name[0] || (btf_kind(root_type) != 4 && btf_kind(root_type) != 5))
            return loader_fail(reason, reason_size, "a CO-RE relocation is not on a named struct or union");
        char name[128], field[128] = "";
        essential_name(root_name, name, sizeof name);
        uint32_t local_offset = 0, target_offset = 0;
        int found = 1;
        uint32_t first = 0;
        for (uint32_t known = 0; known < roots; known++)
            if (kinds[known] == btf_kind(root_type) && strcmp(root_names[known], name) == 0) first = found_ids[known];
        if (!first && roots == most) first = btf_find(kernel, btf_kind(root_type), name, 0);
        // Another type of the same name is looked for only when this one lacks the field.
        for (uint32_t candidate = first; candidate;) {
            found = place_field(image, kernel, root, candidate, access, &local_offset, &target_offset,
                                field, sizeof field, reason, reason_size);
            if (found < 0) return -1;
            if (found == 0) break;
            candidate = btf_find(kernel, btf_kind(root_type), name, candidate);
        }
        if (found != 0)
            return loader_fail(reason, reason_size, "this kernel has no field %s in struct %s", field[0] ? field : access, name);
        if (insn_offset % sizeof(struct bpf_insn) != 0 || insn_offset / sizeof(struct bpf_insn) >= image->insn_count)
            return loader_fail(reason, reason_size, "a CO-RE relocation points outside the program");
        struct bpf_insn *insn = &image->insns[insn_offset / sizeof(struct bpf_insn)];
        uint8_t class = BPF_CLASS(insn->code);
        if ((class == BPF_LDX || class == BPF_ST || class == BPF_STX) && insn->off == (int16_t)local_offset &&
            target_offset <= INT16_MAX) {
            insn->off = (int16_t)target_offset;
        } else if ((class == BPF_ALU || class == BPF_ALU64) && BPF_SRC(insn->code) == BPF_K &&
                   insn->imm == (int32_t)local_offset && target_offset <= INT32_MAX) {
            insn->imm = (int32_t)target_offset;
        } else {
            return loader_fail(reason, reason_size, "the instruction that reads %s.%s cannot be relocated", name, field);
        }
    }
    return 0;
}

void bpf_image_set_map(bpf_image *image, int map_fd) {
    for (uint32_t index = 0; index < image->map_site_count; index++) {
        struct bpf_insn *insn = &image->insns[image->map_sites[index]];
        insn->src_reg = BPF_PSEUDO_MAP_FD;
        insn->imm = map_fd;
        insn[1].imm = 0;
    }
}

void bpf_image_free(bpf_image *image) {
    btf_index_free(&image->local);
    free(image->object);
    memset(image, 0, sizeof *image);
}
#endif
