package org.noisegate.rule;

/** Rule data that cannot be read or parsed; the message names the file and line. */
public class RuleDataException extends RuntimeException {
    public RuleDataException(String message) {
        super(message);
    }
}
