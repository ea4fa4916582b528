// Intentionally empty: CNetlink only exposes kernel headers (see include/CNetlink.h).
