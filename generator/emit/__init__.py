"""Stage 6: render the outputs' jobs, format them (with the memo of slow steps), and write the
output folder atomically under a lock, or compare it."""
