"""The documented formulas, parsed and evaluated without ``eval``.

The documents write them in a few forms: ``total_applied_discount_amount = applied_discount_amount
+ items_applied_discount_amount``, ``subtotal_amount=amount-applied_discount_amount``,
``total_amount ÷ total_count`` (the field itself is the left side), and
``sum(items, i => i.applied_discount_amount)``. Grammar::

    formula := [name "="] expr
    expr    := term (("+" | "-") term)*
    term    := factor (("*" | "/" | "÷") factor)*
    factor  := name | number | "(" expr ")" | "sum(" name "," name "=>" name "." name ")"
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

_TOKEN = re.compile(r"\s*(=>|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[-+*/÷=(),.])")


class FormulaError(ValueError):
    """A formula that does not follow the grammar."""


@dataclass(frozen=True)
class Node:
    """An expression node: ``op`` is name, number, sum, or one of + - * /."""

    op: str
    value: str = ""
    left: Node | None = None
    right: Node | None = None
    array: str = ""
    item_field: str = ""


@dataclass(frozen=True)
class Formula:
    """A parsed formula: ``target`` equals ``expr``."""

    target: str
    expr: Node

    def names(self) -> set[str]:
        """The fields of the same object the formula reads (for a sum, the array)."""
        return _names(self.expr)

    def summed(self) -> dict[str, str]:
        """The arrays the formula sums over, each with the field of its items that is summed."""
        return _sums(self.expr)

    def evaluate(self, values: Mapping[str, Any]) -> Fraction:
        """The value of the expression over an object's payload; KeyError if a field is missing."""
        return _evaluate(self.expr, values)


@functools.cache  # the resolver checks each formula, payloads apply it for every payload built
def parse(text: str, field: str) -> Formula:
    """Parse a documented formula of ``field``; raises FormulaError."""
    tokens = _tokenize(text)
    target = field
    if len(tokens) > 1 and tokens[1] == "=":
        target, tokens = tokens[0], tokens[2:]
    parser = _Parser(tokens, text)
    expr = parser.expr()
    if parser.position != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.position]!r} in {text!r}")
    return Formula(target, expr)


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise FormulaError(f"cannot read {text[position:]!r} in {text!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.position = 0

    def peek(self) -> str:
        return self.tokens[self.position] if self.position < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if not token or (expected is not None and token != expected):
            raise FormulaError(f"expected {expected or 'more'} in {self.text!r}")
        self.position += 1
        return token

    def expr(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = Node(op, left=node, right=self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while self.peek() in ("*", "/", "÷"):
            op = "/" if self.take() in ("/", "÷") else "*"
            node = Node(op, left=node, right=self.factor())
        return node

    def factor(self) -> Node:
        token = self.take()
        if token == "(":
            node = self.expr()
            self.take(")")
            return node
        if token == "sum" and self.peek() == "(":
            self.take("(")
            array = self.take()
            self.take(",")
            item = self.take()
            self.take("=>")
            if self.take() != item:
                raise FormulaError(f"sum must read fields of {item!r} in {self.text!r}")
            self.take(".")
            field = self.take()
            self.take(")")
            return Node("sum", array=array, item_field=field)
        if token[0].isdigit():
            return Node("number", token)
        if token[0].isalpha() or token[0] == "_":
            return Node("name", token)
        raise FormulaError(f"unexpected {token!r} in {self.text!r}")


def _names(node: Node) -> set[str]:
    if node.op == "name":
        return {node.value}
    if node.op == "sum":
        return {node.array}
    return set().union(*(_names(n) for n in (node.left, node.right) if n is not None))


def _sums(node: Node) -> dict[str, str]:
    if node.op == "sum":
        return {node.array: node.item_field}
    found: dict[str, str] = {}
    for n in (node.left, node.right):
        if n is not None:
            found |= _sums(n)
    return found


def _evaluate(node: Node, values: Mapping[str, Any]) -> Fraction:
    if node.op == "number":
        return Fraction(node.value)
    if node.op == "name":
        return Fraction(values[node.value])
    if node.op == "sum":
        return sum((Fraction(item[node.item_field]) for item in values[node.array]), Fraction(0))
    if node.left is None or node.right is None:
        raise FormulaError(f"operator {node.op!r} needs two operands")
    left, right = _evaluate(node.left, values), _evaluate(node.right, values)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    return left / right
