"""Tooling run from the command line (--self-test, --screenshots): not part of the app's
runtime, above the composition root (`desktop.app`) and free to use all of it."""
