"""The Dagster wiring: the code location's definitions, each layer's assets and checks, the sensor
and schedule, resources, the instance and run log, and the runner the command line calls. It
imports every layer; no layer imports it."""
