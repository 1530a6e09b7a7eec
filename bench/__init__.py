"""Benchmarks: ``make bench`` runs every bench/bench_*.py, each in its own process."""
