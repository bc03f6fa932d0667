"""Build the tiny test model served by the real-server tests.

Writes, deterministically (fixed seeds, generated text, no download):

* ``tests/.servers/tiny-llama/``   a randomly initialised Llama (hidden 64, 2 layers) in
  Hugging Face format (safetensors), with a byte-level BPE tokenizer trained here on
  generated text and a ChatML chat template;
* ``tests/.servers/tiny-llama.gguf`` the same model converted to GGUF with the
  ``convert_hf_to_gguf.py`` shipped in the llama-cpp-python sdist that ``setup_env.sh``
  unpacked.

Idempotent: a stamp keyed by this file's hash skips work that is already done.
Run it with the servers' virtualenv (``tests/.servers/venv/bin/python``); run with any
other interpreter it re-executes itself under that one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVERS_DIR = HERE.parent / ".servers"
VENV_PYTHON = SERVERS_DIR / "venv" / "bin" / "python"
MODEL_DIR = SERVERS_DIR / "tiny-llama"
GGUF_PATH = SERVERS_DIR / "tiny-llama.gguf"
STAMP = SERVERS_DIR / "tiny-llama.stamp"
LLAMA_CPP_PYTHON_VERSION = "0.3.36"
LLAMA_CPP_DIR = SERVERS_DIR / "src" / f"llama_cpp_python-{LLAMA_CPP_PYTHON_VERSION}" / "vendor" / "llama.cpp"

SEED = 1234
VOCAB_SIZE = 1024
BOS, EOS, PAD = "<|begin_of_text|>", "<|im_end|>", "<|pad|>"
IM_START = "<|im_start|>"
SPECIAL_TOKENS = [BOS, PAD, IM_START, EOS]

# ChatML. Content may be a string or a list of {"type": "text", "text": ...} parts.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' }}"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}"
    "{{ '<|im_end|>\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

_WORDS = (
    "the a an of to in and or but is are was were be been has have had do does did not no "
    "yes hello world model token stream server client chat completion message user assistant "
    "system answer question small tiny large fast slow data text line event chunk delta "
    "content role finish reason usage prompt length stop choice index object created id "
    "python json http request response header body status error retry timeout hub inference "
    "provider endpoint router llama transformer layer head hidden vocab byte pair merge "
    "one two three four five six seven eight nine ten hundred thousand first last next "
    "red green blue cat dog bird tree river mountain city house road car train boat sun moon "
    "star day night morning evening today tomorrow yesterday why how what when where who "
    "write read run test check build make send receive open close start end begin finish"
).split()


def _corpus(rng: random.Random, n_lines: int = 4000) -> list[str]:
    lines = []
    for _ in range(n_lines):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 16))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(0, 99999)))
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + rng.choice(".?!,;:")
        if rng.random() < 0.2:
            sentence = f'"{sentence}" ({rng.choice(_WORDS)})'
        lines.append(sentence)
    return lines


def _source_hash() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def build_hf_model(out_dir: Path) -> None:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    rng = random.Random(SEED)
    bpe = Tokenizer(models.BPE())
    # GPT-2 style byte-level pre-tokenizer (the regex llama.cpp's "gpt-2" pre-tokenizer uses).
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    bpe.decoder = decoders.ByteLevel()
    bpe.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(_corpus(rng), trainer=trainer)

    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token=BOS,
        eos_token=EOS,
        pad_token=PAD,
        additional_special_tokens=[IM_START],
        model_max_length=2048,
        clean_up_tokenization_spaces=False,
    )
    tokenizer.chat_template = CHAT_TEMPLATE

    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        rms_norm_eps=1e-5,
        rope_theta=10000.0,
        tie_word_embeddings=False,
        bos_token_id=tokenizer.convert_tokens_to_ids(BOS),
        eos_token_id=tokenizer.convert_tokens_to_ids(EOS),
        pad_token_id=tokenizer.convert_tokens_to_ids(PAD),
        initializer_range=0.5,  # larger than usual: sharper logits, so greedy decoding varies
        dtype="float32",
    )
    torch.manual_seed(SEED)
    model = LlamaForCausalLM(config).eval()
    model.generation_config = GenerationConfig(
        bos_token_id=config.bos_token_id,
        eos_token_id=config.eos_token_id,
        pad_token_id=config.pad_token_id,
        do_sample=False,
    )

    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)


def convert_to_gguf(hf_dir: Path, out: Path) -> None:
    """Run the sdist's convert_hf_to_gguf.py in a child, labelling our tokenizer 'gpt-2'.

    The converter recognises a BPE pre-tokenizer by the hash of the token ids of a fixed
    text, which only works for published tokenizers; ours is GPT-2 style byte-level BPE.
    """
    script = LLAMA_CPP_DIR / "convert_hf_to_gguf.py"
    if not script.is_file():
        raise SystemExit(f"{script} not found: run tests/servers/setup_env.sh first")
    tmp = out.with_name(out.name + ".tmp")
    code = (
        "import sys, runpy\n"
        f"sys.path.insert(0, {str(LLAMA_CPP_DIR)!r})\n"
        "import conversion.base as base\n"
        "base.TextModel.get_vocab_base_pre = lambda self, tokenizer: 'gpt-2'\n"
        f"sys.argv = ['convert_hf_to_gguf.py', {str(hf_dir)!r}, '--outfile', {str(tmp)!r}, '--outtype', 'f32']\n"
        f"runpy.run_path({str(script)!r}, run_name='__main__')\n"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    tmp.replace(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args()

    if Path(sys.prefix).resolve() != (SERVERS_DIR / "venv").resolve():
        if not VENV_PYTHON.exists():
            raise SystemExit(f"{VENV_PYTHON} not found: run tests/servers/setup_env.sh first")
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])

    key = _source_hash()
    done = STAMP.exists() and STAMP.read_text().strip() == key
    if done and not args.force and (MODEL_DIR / "model.safetensors").exists() and GGUF_PATH.exists():
        print(f"tiny model up to date: {MODEL_DIR}, {GGUF_PATH}")
        return 0

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    SERVERS_DIR.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    build_hf_model(MODEL_DIR)
    convert_to_gguf(MODEL_DIR, GGUF_PATH)
    STAMP.write_text(key + "\n")
    files = {p.name: p.stat().st_size for p in sorted(MODEL_DIR.iterdir())}
    print(json.dumps({"hf_dir": str(MODEL_DIR), "files": files, "gguf": str(GGUF_PATH),
                      "gguf_bytes": GGUF_PATH.stat().st_size}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
