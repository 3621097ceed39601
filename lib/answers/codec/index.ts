export {
  answersBeforeCut,
  answersBesideDamage,
  decodeLink,
  lastAnswerOf,
  paramName,
  type DecodedLink,
  type LinkProblem,
  type QueryInput,
} from "./decode";
export { encodeDraft, encodeResultQuery, shareText, verdictDigest } from "./encode";
export { EMPTY_LIST, FORMAT_VERSION, PARAM } from "./v1-letters";
