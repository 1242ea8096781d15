# Convenience targets; the scripts in .ci/ do the work.
.PHONY: setup app test bench
setup: ; bash .ci/setup
app: ; bash .ci/app
test: ; bash .ci/run
