package se.lagesbild.shared;

/** Something asked for does not exist, or lies outside the asker's scope: both answer 404 so nothing leaks. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
