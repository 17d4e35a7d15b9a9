"""Telegram's message formatting: HTML, MarkdownV2 and legacy Markdown parsed into text + entities.

An approximation of Telegram's own parsers (tdlib), strict where the Bot API documentation is: an
error raises `EntityParseError` with a tdlib-like message, which the server answers as
`Bad Request: can't parse entities: <message>`. Entity offsets and lengths are in UTF-16 code units,
as in the real API.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

HTML_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")
MARKDOWN_V2_TYPES = {
    "*": "bold", "_": "italic", "__": "underline", "~": "strikethrough", "||": "spoiler",
}
MARKDOWN_TYPES = {"*": "bold", "_": "italic"}
_ENTITY_NAME = re.compile(r"#[xX][0-9a-fA-F]{1,8};|#[0-9]{1,9};|[a-zA-Z][a-zA-Z0-9]*;")


class EntityParseError(ValueError):
    """The text is not valid in its parse mode."""


@dataclass
class FormattedText:
    """Visible text and its entities (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(source: str, index: int) -> int:
    """UTF-8 byte offset of character `index`, the unit of tdlib's error messages."""
    return len(source[:index].encode("utf-8"))


class _Builder:
    """Accumulates visible text and entities while a parser walks its source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.position = 0  # in UTF-16 units
        self.entities: list[dict[str, Any]] = []

    def append(self, text: str) -> None:
        """Add visible text."""
        self.parts.append(text)
        self.position += utf16_len(text)

    def add_entity(self, entity_type: str, start: int, **extra: Any) -> None:
        """Add an entity from `start` to the current position (empty entities are dropped)."""
        if self.position > start:
            entity = {"type": entity_type, "offset": start, "length": self.position - start}
            entity.update({key: value for key, value in extra.items() if value is not None})
            self.entities.append(entity)

    def result(self) -> FormattedText:
        """The finished text, trimmed like Telegram trims it, with entities fitted to the trim."""
        return trim(FormattedText("".join(self.parts), self.entities))


def trim(formatted: FormattedText) -> FormattedText:
    """Strip leading/trailing whitespace and shift/clip the entities accordingly."""
    text = formatted.text
    stripped = text.strip()
    if not stripped:
        return FormattedText("", [])
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    limit = utf16_len(stripped)
    entities = []
    for entity in formatted.entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return FormattedText(stripped, entities)


def parse(text: str, parse_mode: Optional[str]) -> FormattedText:
    """Parse `text` in `parse_mode` (None, "HTML", "MarkdownV2", "Markdown"; case-insensitive)."""
    mode = (parse_mode or "").lower()
    if not mode:
        return trim(FormattedText(text))
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown(text, version=2)
    if mode == "markdown":
        return parse_markdown(text, version=1)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


# --- HTML -------------------------------------------------------------------------------------


@dataclass
class _OpenTag:
    name: str
    start: int
    attributes: dict[str, str]


def decode_html_entity(source: str, index: int) -> Optional[tuple[str, int]]:
    """The character of the entity starting at `source[index]` ('&') and its length, or None."""
    match = _ENTITY_NAME.match(source, index + 1)
    if not match:
        return None
    name = match.group(0)[:-1]
    if name.startswith(("#x", "#X")):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    elif name in NAMED_HTML_ENTITIES:
        return NAMED_HTML_ENTITIES[name], len(name) + 2
    else:
        return None
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), len(name) + 2


def parse_html(source: str) -> FormattedText:
    """Parse Telegram HTML into visible text and entities."""
    builder = _Builder()
    stack: list[_OpenTag] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "&":
            decoded = decode_html_entity(source, index)
            if decoded is None:
                raise EntityParseError(
                    f"Character '&' at byte offset {byte_offset(source, index)} does not start an "
                    "HTML entity; replace it with &amp;"
                )
            builder.append(decoded[0])
            index += decoded[1]
        elif char == "<" and source.startswith("</", index):
            index = _close_tag(source, index, stack, builder)
        elif char == "<":
            index = _open_tag(source, index, stack, builder)
        else:
            builder.append(char)
            index += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return builder.result()


def _read_until(source: str, index: int, stops: str) -> int:
    """Index of the first character at or after `index` that is whitespace or in `stops`."""
    while index < len(source) and not source[index].isspace() and source[index] not in stops:
        index += 1
    return index


def _skip_spaces(source: str, index: int) -> int:
    """Index of the first non-whitespace character at or after `index`."""
    while index < len(source) and source[index].isspace():
        index += 1
    return index


def _open_tag(source: str, index: int, stack: list[_OpenTag], builder: _Builder) -> int:
    """Parse a start tag at `source[index]`; returns the index after it."""
    begin = byte_offset(source, index)
    name_end = _read_until(source, index + 1, ">")
    if name_end >= len(source):
        raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
    name = source[index + 1 : name_end].lower()
    if name not in HTML_TAG_TYPES:
        raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {begin}')
    attributes, index = _read_attributes(source, name_end, name, begin)
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    stack.append(_OpenTag(name, builder.position, attributes))
    return index


def _read_attributes(source: str, index: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Read the attributes of a start tag up to and including its '>'."""
    attributes: dict[str, str] = {}
    while True:
        index = _skip_spaces(source, index)
        if index >= len(source):
            raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
        if source[index] == ">":
            return attributes, index + 1
        name_end = _read_until(source, index, "=>")
        name = source[index:name_end].lower()
        if not name:
            offset = byte_offset(source, index)
            raise EntityParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {offset}'
            )
        index = _skip_spaces(source, name_end)
        if tag == "blockquote" and name == "expandable" and source[index : index + 1] != "=":
            attributes[name] = ""
            continue
        if source[index : index + 1] != "=":
            raise EntityParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" at byte '
                f"offset {begin}"
            )
        index = _skip_spaces(source, index + 1)
        attributes[name], index = _read_attribute_value(source, index, begin)


def _read_attribute_value(source: str, index: int, begin: int) -> tuple[str, int]:
    """Read a quoted or bare attribute value; returns it (entities decoded) and the index after."""
    if index >= len(source):
        raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
    quote = source[index]
    if quote not in "'\"":
        end = index
        while end < len(source) and (source[end].isalnum() or source[end] in ".-"):
            end += 1
        return source[index:end], end
    end = source.find(quote, index + 1)
    if end < 0:
        raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
    raw = source[index + 1 : end]
    return _decode_entities_leniently(raw), end + 1


def _decode_entities_leniently(raw: str) -> str:
    """Decode HTML entities in an attribute value, keeping anything that is not one."""
    parts: list[str] = []
    index = 0
    while index < len(raw):
        decoded = decode_html_entity(raw, index) if raw[index] == "&" else None
        if decoded:
            parts.append(decoded[0])
            index += decoded[1]
        else:
            parts.append(raw[index])
            index += 1
    return "".join(parts)


def _close_tag(source: str, index: int, stack: list[_OpenTag], builder: _Builder) -> int:
    """Parse an end tag at `source[index]`, closing its entity; returns the index after it."""
    begin = byte_offset(source, index)
    if not stack:
        raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
    name_end = _read_until(source, index + 2, ">")
    name = source[index + 2 : name_end].lower()
    expected = stack[-1].name
    if name and name != expected:
        raise EntityParseError(
            f'Unmatched end tag at byte offset {begin}, expected "</{expected}>", found "</{name}>"'
        )
    end = _skip_spaces(source, name_end)
    if end >= len(source) or source[end] != ">":
        raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
    _finish_html_entity(stack.pop(), stack, builder)
    return end + 1


def _finish_html_entity(tag: _OpenTag, stack: list[_OpenTag], builder: _Builder) -> None:
    """Turn a closed tag into its entity."""
    entity_type = HTML_TAG_TYPES[tag.name]
    language = tag.attributes.get("class", "")
    in_pre = bool(stack) and stack[-1].name == "pre"
    if entity_type == "code" and in_pre and language.startswith("language-"):
        stack[-1].attributes["language"] = language[len("language-") :]
        return
    if entity_type == "text_link":
        builder.add_entity("text_link", tag.start, url=tag.attributes.get("href", ""))
    elif entity_type == "custom_emoji":
        emoji_id = tag.attributes.get("emoji-id")
        builder.add_entity("custom_emoji", tag.start, custom_emoji_id=emoji_id)
    elif entity_type == "pre":
        builder.add_entity("pre", tag.start, language=tag.attributes.get("language"))
    elif entity_type == "blockquote" and "expandable" in tag.attributes:
        builder.add_entity("expandable_blockquote", tag.start)
    else:
        builder.add_entity(entity_type, tag.start)


# --- Markdown ---------------------------------------------------------------------------------


@dataclass
class _OpenMark:
    marker: str
    start: int
    byte: int


class _MarkdownParser:
    """Walks MarkdownV2 (version 2) or legacy Markdown (version 1) source."""

    def __init__(self, source: str, version: int) -> None:
        self.source = source
        self.version = version
        self.index = 0
        self.builder = _Builder()
        self.stack: list[_OpenMark] = []
        self.quote_start: Optional[int] = None

    def error_offset(self, index: Optional[int] = None) -> int:
        """Byte offset of `index` (default: the current index) for error messages."""
        return byte_offset(self.source, self.index if index is None else index)

    def run(self) -> FormattedText:
        """Parse the whole source."""
        while self.index < len(self.source):
            self.step()
        self.end_quote()
        if self.stack:
            raise _unclosed(self.stack[-1].byte)
        return self.builder.result()

    def step(self) -> None:
        """Consume one token."""
        source, index = self.source, self.index
        char = source[index]
        if self.version == 2 and (index == 0 or source[index - 1] == "\n"):
            self.line_start()
            if self.index != index:
                return
        if char == "\\" and index + 1 < len(source) and self.escapable(source[index + 1]):
            self.builder.append(source[index + 1])
            self.index += 2
        elif char == "`":
            self.code()
        elif char == "[":
            self.stack.append(_OpenMark("[", self.builder.position, self.error_offset()))
            self.index += 1
        elif char == "]" and self.stack and self.stack[-1].marker == "[":
            self.link()
        elif self.toggle_marker() is not None:
            self.toggle(self.toggle_marker() or "")
        elif self.version == 2 and char in MARKDOWN_V2_RESERVED:
            raise EntityParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        else:
            self.builder.append(char)
            self.index += 1

    def escapable(self, char: str) -> bool:
        """Whether a backslash escapes `char` here."""
        if self.version == 2:
            return 1 <= ord(char) <= 126
        return char in "_*`["

    def toggle_marker(self) -> Optional[str]:
        """The bold/italic/... marker at the current index, if any."""
        source, index = self.source, self.index
        markers = MARKDOWN_V2_TYPES if self.version == 2 else MARKDOWN_TYPES
        for marker in sorted(markers, key=len, reverse=True):
            if source.startswith(marker, index):
                return marker
        return None

    def toggle(self, marker: str) -> None:
        """Open or close the entity of `marker`."""
        open_markers = [mark.marker for mark in self.stack]
        if marker in open_markers:
            if self.stack[-1].marker != marker:
                raise _unclosed(self.stack[-1].byte)
            mark = self.stack.pop()
            types = MARKDOWN_V2_TYPES if self.version == 2 else MARKDOWN_TYPES
            self.builder.add_entity(types[marker], mark.start)
        elif self.version == 1 and self.stack:
            raise EntityParseError("Entities can't be nested in legacy Markdown; use MarkdownV2")
        else:
            self.stack.append(_OpenMark(marker, self.builder.position, self.error_offset()))
        self.index += len(marker)

    def code(self) -> None:
        """Inline code or a pre block; only '`' and '\\' are escaped inside."""
        source, begin = self.source, self.index
        fence = "```" if source.startswith("```", begin) else "`"
        index = begin + len(fence)
        language = None
        if fence == "```":
            newline = source.find("\n", index)
            first_line = source[index:newline] if newline >= 0 else ""
            if newline >= 0 and first_line and not any(c.isspace() for c in first_line):
                language, index = first_line, newline + 1
        start = self.builder.position
        while not source.startswith(fence, index):
            if index >= len(source):
                raise _unclosed(self.error_offset(begin))
            if source[index] == "\\" and index + 1 < len(source) and self.version == 2:
                index += 1
            self.builder.append(source[index])
            index += 1
        self.builder.add_entity("pre" if fence == "```" else "code", start, language=language)
        self.index = index + len(fence)

    def link(self) -> None:
        """Close a '[text](url)' link."""
        mark = self.stack.pop()
        source = self.source
        if not source.startswith("(", self.index + 1):
            raise _unclosed(mark.byte)
        index, url = self.index + 2, []
        while index < len(source) and source[index] != ")":
            if source[index] == "\\" and self.version == 2 and index + 1 < len(source):
                index += 1
            url.append(source[index])
            index += 1
        if index >= len(source):
            raise EntityParseError(f"Can't find end of a URL at byte offset {mark.byte}")
        self.builder.add_entity("text_link", mark.start, url="".join(url))
        self.index = index + 1

    def line_start(self) -> None:
        """Handle a '>' (or '**>') blockquote marker at the start of a line."""
        source, index = self.source, self.index
        for marker in ("**>", ">"):
            if source.startswith(marker, index):
                if self.quote_start is None:
                    self.quote_start = self.builder.position
                self.index += len(marker)
                return
        self.end_quote()

    def end_quote(self) -> None:
        """Close a running blockquote (the newline before the next line stays outside)."""
        if self.quote_start is None:
            return
        text = "".join(self.builder.parts)
        trailing = utf16_len(text) - utf16_len(text.rstrip("\n"))
        self.builder.position -= trailing
        self.builder.add_entity("blockquote", self.quote_start)
        self.builder.position += trailing
        self.quote_start = None


def _unclosed(offset: int) -> EntityParseError:
    """The error of an entity that is never closed."""
    return EntityParseError(f"Can't find end of the entity starting at byte offset {offset}")


def parse_markdown(source: str, version: int) -> FormattedText:
    """Parse MarkdownV2 (`version` 2) or legacy Markdown (`version` 1)."""
    return _MarkdownParser(source, version).run()
