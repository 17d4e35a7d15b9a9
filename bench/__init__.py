"""Benchmarks for `make bench`: NLU quality, turn latency and throughput, training and start-up.

Every number is measured next to Rasa's stock `rasa init` assistant (or its default pipeline) in the
same run, on the same machine, so ratios stay meaningful when absolute times drift.
`python -m bench --help` lists the options; results go to `bench/results.json` and `bench/results.md`.
"""
