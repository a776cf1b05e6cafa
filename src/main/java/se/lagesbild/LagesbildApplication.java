package se.lagesbild;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LagesbildApplication {

    public static void main(String[] args) {
        SpringApplication.run(LagesbildApplication.class, args);
    }
}
