// Intentionally empty: see include/CFuzzDriver.h.
