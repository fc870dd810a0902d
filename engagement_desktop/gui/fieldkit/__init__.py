"""Field kit screens: take events out in a pack, bring the pack back."""
