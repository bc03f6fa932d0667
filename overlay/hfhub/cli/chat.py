"""``hfhub chat MODEL [PROMPT]``: ask a chat model and print its answer as it streams in."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import _args
from ._exit import UsageError


def register(commands: Any) -> None:
    chat = commands.add_parser(
        "chat",
        help="ask a chat model; the answer is printed as it is generated",
        description="Send one user message to a chat model and stream the answer to the terminal. "
        "The prompt is the PROMPT argument, else standard input.",
        parents=[_args.token_option()],
    )
    chat.add_argument("model", metavar="MODEL", help="a Hub model id (MODEL:PROVIDER picks a provider), or the model name of --base-url")
    chat.add_argument("prompt", metavar="PROMPT", nargs="?", help="the message (default: read standard input)")
    chat.add_argument("--provider", help="who serves the model: auto (default), hf-inference, together, sambanova...")
    chat.add_argument("--base-url", help="a server of your own (TGI, vLLM, llama.cpp, any OpenAI-compatible /v1 root)")
    chat.add_argument("--system", help="a system message sent before the prompt")
    chat.add_argument("--max-tokens", type=int, help="the most tokens to generate")
    chat.add_argument("--temperature", type=float, help="sampling temperature")
    chat.add_argument("--json", action="store_true", help="print each streamed chunk as one JSON line")
    chat.set_defaults(run=run_chat)


def run_chat(args: argparse.Namespace) -> int:
    prompt = args.prompt if args.prompt is not None else sys.stdin.read()
    if not prompt.strip():
        raise UsageError("empty prompt: give PROMPT or pipe it on standard input")
    messages = ([{"role": "system", "content": args.system}] if args.system else []) + [{"role": "user", "content": prompt}]
    options = {k: v for k, v in (("max_tokens", args.max_tokens), ("temperature", args.temperature)) if v is not None}

    from .. import InferenceClient

    client_options: dict[str, Any] = {"token": args.token or None}
    if args.provider:
        client_options["provider"] = args.provider
    if args.base_url:
        client_options["base_url"] = args.base_url
    with InferenceClient(**client_options) as client:
        stream = client.chat_completion(messages, model=args.model, stream=True, **options)
        if args.json:
            from ._output import print_json_lines

            print_json_lines(stream)
            return 0
        out = sys.stdout
        for chunk in stream:
            for choice in chunk.choices or ():
                text = choice.delta.content if choice.delta else None  # a server may leave the delta out
                if text:
                    out.write(text)
                    out.flush()
        out.write("\n")
    return 0
