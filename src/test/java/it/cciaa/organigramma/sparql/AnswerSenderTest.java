package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A client that leaves before its answer is written is nobody's error: nothing is thrown, nothing logged as one. */
class AnswerSenderTest {

    @Test
    void aClientThatLeftBeforeItsAnswerIsNotAnError() {
        MockHttpServletResponse gone = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Broken pipe");
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        throw new IOException("Broken pipe");
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {}
                };
            }
        };
        WrittenAnswer answer = new WrittenAnswer("{}".getBytes(), AnswerFormat.JSON, Optional.empty(), 0);

        assertThatCode(() -> AnswerSender.send(answer, gone)).doesNotThrowAnyException();
    }
}
