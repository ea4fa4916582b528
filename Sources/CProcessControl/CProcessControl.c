// Intentionally empty: see include/CProcessControl.h.
