package se.lagesbild.knowledge.web;

import org.springframework.web.multipart.MultipartFile;

/** An attachment as its form posts it: the file and the item's version the page showed. */
public class UploadForm {

    private MultipartFile file;
    private Integer version;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
