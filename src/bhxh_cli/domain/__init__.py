"""The vocabulary every computation uses: plain, frozen, fast.

`data` holds the validated file as dataclasses; `schemes`, `periods`, `units`, `selection`,
`figures` and `arithmetic` the rules every command shares. This module imports nothing, so that
a light module of the package (`weight`) costs no more than itself.
"""
