"""What every layer stands on: paths and settings, errors, locks, child processes, progress lines,
SQL quoting and the process-start tricks. It imports no other part of JRIS."""
