"""You Choose in the window: the ballots tab (set up, open, close, count, result sheet),
the voting kiosk at the door (and postal votes), and typing in paper slips."""
