package dev.prunelab.content.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * English text as the lessons write it. Like Lucene's English analyzer (possessives, stop words, Porter stemming, so
 * "pruned" finds "pruning"), but the terms of the field stay whole: sparsity patterns such as {@code 2:4} and
 * {@code N:M} and decimals such as {@code 0.46} are one token each, a norm written {@code L0}, {@code ℓ0} or (from a
 * formula) {@code L₀} is the token {@code l0}, and tokens with digits or colons are never stemmed. Abbreviations such
 * as OBD only lose their case.
 */
final class SearchAnalyzer extends Analyzer {

    /** A decimal or thousands-separated number, else letters and digits joined by colons or apostrophes. */
    private static final Pattern TOKEN =
            Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:[:'’][\\p{L}\\p{N}]+)*");

    private static final Pattern NOT_STEMMED = Pattern.compile(".*[\\p{N}:].*");

    /** Letters that ASCII folding leaves alone but the lessons use for ASCII ones: the script ℓ of norms. */
    private static final NormalizeCharMap LETTERS;

    static {
        NormalizeCharMap.Builder letters = new NormalizeCharMap.Builder();
        letters.add("ℓ", "l");
        LETTERS = letters.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(LETTERS, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(LETTERS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PatternTokenizer(TOKEN, 0);
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new PatternKeywordMarkerFilter(result, NOT_STEMMED);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
