"""Typed inputs and outputs of every inference task, loaded on first use.

One module per task (``text_classification``, ``chat_completion``...); classes shared by
several tasks live in ``_common``. Generated from the inference task schemas by
scripts/generate.py: do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._common import BoundingBox, ClassificationOutput, GenerationParameters
    from .audio_classification import AudioClassificationInput, AudioClassificationOutputElement, AudioClassificationParameters
    from .automatic_speech_recognition import AutomaticSpeechRecognitionInput, AutomaticSpeechRecognitionOutput, AutomaticSpeechRecognitionOutputChunk, AutomaticSpeechRecognitionParameters
    from .chat_completion import ChatCompletionInput, ChatCompletionInputFunctionDefinition, ChatCompletionInputFunctionName, ChatCompletionInputGrammarType, ChatCompletionInputJsonSchemaConfig, ChatCompletionInputMessage, ChatCompletionInputMessageChunk, ChatCompletionInputStreamOptions, ChatCompletionInputTool, ChatCompletionInputToolCall, ChatCompletionInputToolChoice, ChatCompletionInputUrl, ChatCompletionOutput, ChatCompletionOutputComplete, ChatCompletionOutputFunctionDefinition, ChatCompletionOutputLogprob, ChatCompletionOutputLogprobs, ChatCompletionOutputMessage, ChatCompletionOutputToolCall, ChatCompletionOutputTopLogprob, ChatCompletionOutputUsage, ChatCompletionStreamOutput, ChatCompletionStreamOutputChoice, ChatCompletionStreamOutputDelta, ChatCompletionStreamOutputDeltaToolCall, ChatCompletionStreamOutputFunction, ChatCompletionStreamOutputLogprob, ChatCompletionStreamOutputLogprobs
    from .depth_estimation import DepthEstimationInput, DepthEstimationOutput
    from .document_question_answering import DocumentQuestionAnsweringInput, DocumentQuestionAnsweringInputData, DocumentQuestionAnsweringOutputElement, DocumentQuestionAnsweringParameters
    from .feature_extraction import FeatureExtractionInput
    from .fill_mask import FillMaskInput, FillMaskOutputElement, FillMaskParameters
    from .image_classification import ImageClassificationInput, ImageClassificationOutputElement, ImageClassificationParameters
    from .image_segmentation import ImageSegmentationInput, ImageSegmentationOutputElement, ImageSegmentationParameters
    from .image_text_to_image import ImageTextToImageInput, ImageTextToImageOutput, ImageTextToImageParameters, ImageTextToImageParametersTargetSize
    from .image_text_to_video import ImageTextToVideoInput, ImageTextToVideoOutput, ImageTextToVideoParameters, ImageTextToVideoParametersTargetSize
    from .image_to_image import ImageToImageInput, ImageToImageOutput, ImageToImageParameters, ImageToImageParametersTargetSize
    from .image_to_text import ImageToTextInput, ImageToTextOutput, ImageToTextParameters
    from .image_to_video import ImageToVideoInput, ImageToVideoOutput, ImageToVideoParameters, ImageToVideoParametersTargetSize
    from .object_detection import ObjectDetectionInput, ObjectDetectionOutputElement, ObjectDetectionParameters
    from .question_answering import QuestionAnsweringInput, QuestionAnsweringInputData, QuestionAnsweringOutputElement, QuestionAnsweringParameters
    from .sentence_similarity import SentenceSimilarityInput, SentenceSimilarityInputData
    from .summarization import SummarizationInput, SummarizationOutput, SummarizationParameters
    from .table_question_answering import TableQuestionAnsweringInput, TableQuestionAnsweringInputData, TableQuestionAnsweringOutputElement, TableQuestionAnsweringParameters
    from .text_classification import TextClassificationInput, TextClassificationOutputElement, TextClassificationParameters
    from .text_generation import TextGenerationInput, TextGenerationInputGenerateParameters, TextGenerationInputGrammarType, TextGenerationInputGrammarTypeValue, TextGenerationOutput, TextGenerationOutputBestOfSequence, TextGenerationOutputDetails, TextGenerationOutputPrefillToken, TextGenerationOutputToken, TextGenerationStreamOutput, TextGenerationStreamOutputStreamDetails
    from .text_to_audio import TextToAudioInput, TextToAudioOutput, TextToAudioParameters
    from .text_to_image import TextToImageInput, TextToImageOutput, TextToImageParameters
    from .text_to_speech import TextToSpeechInput, TextToSpeechOutput, TextToSpeechParameters
    from .text_to_video import TextToVideoInput, TextToVideoOutput, TextToVideoParameters
    from .token_classification import TokenClassificationInput, TokenClassificationOutputElement, TokenClassificationParameters
    from .translation import TranslationInput, TranslationOutput, TranslationParameters
    from .video_classification import VideoClassificationInput, VideoClassificationOutputElement, VideoClassificationParameters
    from .visual_question_answering import VisualQuestionAnsweringInput, VisualQuestionAnsweringInputData, VisualQuestionAnsweringOutputElement, VisualQuestionAnsweringParameters
    from .zero_shot_classification import ZeroShotClassificationInput, ZeroShotClassificationOutputElement, ZeroShotClassificationParameters
    from .zero_shot_image_classification import ZeroShotImageClassificationInput, ZeroShotImageClassificationOutputElement, ZeroShotImageClassificationParameters
    from .zero_shot_object_detection import ZeroShotObjectDetectionInput, ZeroShotObjectDetectionOutputElement, ZeroShotObjectDetectionParameters

TASKS = (
    "audio-classification",
    "automatic-speech-recognition",
    "chat-completion",
    "depth-estimation",
    "document-question-answering",
    "feature-extraction",
    "fill-mask",
    "image-classification",
    "image-segmentation",
    "image-text-to-image",
    "image-text-to-video",
    "image-to-image",
    "image-to-text",
    "image-to-video",
    "object-detection",
    "question-answering",
    "sentence-similarity",
    "summarization",
    "table-question-answering",
    "text-classification",
    "text-generation",
    "text-to-audio",
    "text-to-image",
    "text-to-speech",
    "text-to-video",
    "token-classification",
    "translation",
    "video-classification",
    "visual-question-answering",
    "zero-shot-classification",
    "zero-shot-image-classification",
    "zero-shot-object-detection",
)
"""Every task with a schema, by its Hub name."""

_MODULE_OF = {
    "BoundingBox": "_common",
    "ClassificationOutput": "_common",
    "GenerationParameters": "_common",
    "AudioClassificationInput": "audio_classification",
    "AudioClassificationOutputElement": "audio_classification",
    "AudioClassificationParameters": "audio_classification",
    "AutomaticSpeechRecognitionInput": "automatic_speech_recognition",
    "AutomaticSpeechRecognitionOutput": "automatic_speech_recognition",
    "AutomaticSpeechRecognitionOutputChunk": "automatic_speech_recognition",
    "AutomaticSpeechRecognitionParameters": "automatic_speech_recognition",
    "ChatCompletionInput": "chat_completion",
    "ChatCompletionInputFunctionDefinition": "chat_completion",
    "ChatCompletionInputFunctionName": "chat_completion",
    "ChatCompletionInputGrammarType": "chat_completion",
    "ChatCompletionInputJsonSchemaConfig": "chat_completion",
    "ChatCompletionInputMessage": "chat_completion",
    "ChatCompletionInputMessageChunk": "chat_completion",
    "ChatCompletionInputStreamOptions": "chat_completion",
    "ChatCompletionInputTool": "chat_completion",
    "ChatCompletionInputToolCall": "chat_completion",
    "ChatCompletionInputToolChoice": "chat_completion",
    "ChatCompletionInputUrl": "chat_completion",
    "ChatCompletionOutput": "chat_completion",
    "ChatCompletionOutputComplete": "chat_completion",
    "ChatCompletionOutputFunctionDefinition": "chat_completion",
    "ChatCompletionOutputLogprob": "chat_completion",
    "ChatCompletionOutputLogprobs": "chat_completion",
    "ChatCompletionOutputMessage": "chat_completion",
    "ChatCompletionOutputToolCall": "chat_completion",
    "ChatCompletionOutputTopLogprob": "chat_completion",
    "ChatCompletionOutputUsage": "chat_completion",
    "ChatCompletionStreamOutput": "chat_completion",
    "ChatCompletionStreamOutputChoice": "chat_completion",
    "ChatCompletionStreamOutputDelta": "chat_completion",
    "ChatCompletionStreamOutputDeltaToolCall": "chat_completion",
    "ChatCompletionStreamOutputFunction": "chat_completion",
    "ChatCompletionStreamOutputLogprob": "chat_completion",
    "ChatCompletionStreamOutputLogprobs": "chat_completion",
    "DepthEstimationInput": "depth_estimation",
    "DepthEstimationOutput": "depth_estimation",
    "DocumentQuestionAnsweringInput": "document_question_answering",
    "DocumentQuestionAnsweringInputData": "document_question_answering",
    "DocumentQuestionAnsweringOutputElement": "document_question_answering",
    "DocumentQuestionAnsweringParameters": "document_question_answering",
    "FeatureExtractionInput": "feature_extraction",
    "FillMaskInput": "fill_mask",
    "FillMaskOutputElement": "fill_mask",
    "FillMaskParameters": "fill_mask",
    "ImageClassificationInput": "image_classification",
    "ImageClassificationOutputElement": "image_classification",
    "ImageClassificationParameters": "image_classification",
    "ImageSegmentationInput": "image_segmentation",
    "ImageSegmentationOutputElement": "image_segmentation",
    "ImageSegmentationParameters": "image_segmentation",
    "ImageTextToImageInput": "image_text_to_image",
    "ImageTextToImageOutput": "image_text_to_image",
    "ImageTextToImageParameters": "image_text_to_image",
    "ImageTextToImageParametersTargetSize": "image_text_to_image",
    "ImageTextToVideoInput": "image_text_to_video",
    "ImageTextToVideoOutput": "image_text_to_video",
    "ImageTextToVideoParameters": "image_text_to_video",
    "ImageTextToVideoParametersTargetSize": "image_text_to_video",
    "ImageToImageInput": "image_to_image",
    "ImageToImageOutput": "image_to_image",
    "ImageToImageParameters": "image_to_image",
    "ImageToImageParametersTargetSize": "image_to_image",
    "ImageToTextInput": "image_to_text",
    "ImageToTextOutput": "image_to_text",
    "ImageToTextParameters": "image_to_text",
    "ImageToVideoInput": "image_to_video",
    "ImageToVideoOutput": "image_to_video",
    "ImageToVideoParameters": "image_to_video",
    "ImageToVideoParametersTargetSize": "image_to_video",
    "ObjectDetectionInput": "object_detection",
    "ObjectDetectionOutputElement": "object_detection",
    "ObjectDetectionParameters": "object_detection",
    "QuestionAnsweringInput": "question_answering",
    "QuestionAnsweringInputData": "question_answering",
    "QuestionAnsweringOutputElement": "question_answering",
    "QuestionAnsweringParameters": "question_answering",
    "SentenceSimilarityInput": "sentence_similarity",
    "SentenceSimilarityInputData": "sentence_similarity",
    "SummarizationInput": "summarization",
    "SummarizationOutput": "summarization",
    "SummarizationParameters": "summarization",
    "TableQuestionAnsweringInput": "table_question_answering",
    "TableQuestionAnsweringInputData": "table_question_answering",
    "TableQuestionAnsweringOutputElement": "table_question_answering",
    "TableQuestionAnsweringParameters": "table_question_answering",
    "TextClassificationInput": "text_classification",
    "TextClassificationOutputElement": "text_classification",
    "TextClassificationParameters": "text_classification",
    "TextGenerationInput": "text_generation",
    "TextGenerationInputGenerateParameters": "text_generation",
    "TextGenerationInputGrammarType": "text_generation",
    "TextGenerationInputGrammarTypeValue": "text_generation",
    "TextGenerationOutput": "text_generation",
    "TextGenerationOutputBestOfSequence": "text_generation",
    "TextGenerationOutputDetails": "text_generation",
    "TextGenerationOutputPrefillToken": "text_generation",
    "TextGenerationOutputToken": "text_generation",
    "TextGenerationStreamOutput": "text_generation",
    "TextGenerationStreamOutputStreamDetails": "text_generation",
    "TextToAudioInput": "text_to_audio",
    "TextToAudioOutput": "text_to_audio",
    "TextToAudioParameters": "text_to_audio",
    "TextToImageInput": "text_to_image",
    "TextToImageOutput": "text_to_image",
    "TextToImageParameters": "text_to_image",
    "TextToSpeechInput": "text_to_speech",
    "TextToSpeechOutput": "text_to_speech",
    "TextToSpeechParameters": "text_to_speech",
    "TextToVideoInput": "text_to_video",
    "TextToVideoOutput": "text_to_video",
    "TextToVideoParameters": "text_to_video",
    "TokenClassificationInput": "token_classification",
    "TokenClassificationOutputElement": "token_classification",
    "TokenClassificationParameters": "token_classification",
    "TranslationInput": "translation",
    "TranslationOutput": "translation",
    "TranslationParameters": "translation",
    "VideoClassificationInput": "video_classification",
    "VideoClassificationOutputElement": "video_classification",
    "VideoClassificationParameters": "video_classification",
    "VisualQuestionAnsweringInput": "visual_question_answering",
    "VisualQuestionAnsweringInputData": "visual_question_answering",
    "VisualQuestionAnsweringOutputElement": "visual_question_answering",
    "VisualQuestionAnsweringParameters": "visual_question_answering",
    "ZeroShotClassificationInput": "zero_shot_classification",
    "ZeroShotClassificationOutputElement": "zero_shot_classification",
    "ZeroShotClassificationParameters": "zero_shot_classification",
    "ZeroShotImageClassificationInput": "zero_shot_image_classification",
    "ZeroShotImageClassificationOutputElement": "zero_shot_image_classification",
    "ZeroShotImageClassificationParameters": "zero_shot_image_classification",
    "ZeroShotObjectDetectionInput": "zero_shot_object_detection",
    "ZeroShotObjectDetectionOutputElement": "zero_shot_object_detection",
    "ZeroShotObjectDetectionParameters": "zero_shot_object_detection",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, "TASKS"]
