package it.cciaa.organigramma.sparql;

import java.util.Optional;

/**
 * An answer serialized and ready to send.
 *
 * @param body the bytes, at most the byte limit
 * @param format what they are
 * @param cut which limit cut the answer ({@code rows} or {@code bytes}), if any
 * @param limit the value of that limit
 */
public record WrittenAnswer(byte[] body, AnswerFormat format, Optional<String> cut, long limit) {}
