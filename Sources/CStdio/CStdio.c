// Intentionally empty: see include/CStdio.h.
