//! mistake: subtracted the Phred+33 offset from a `char`, as from Python's `ord(c)`
//! offending: q - 33
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Read {
    id: String,
    seq: String,
    qual: String,
}

fn parse_fastq(text: &str) -> Vec<Read> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .chunks(4)
        .map(|c| Read {
            id: c[0].trim_start_matches('@').to_string(),
            seq: c[1].to_string(),
            qual: c[3].to_string(),
        })
        .collect()
}

const FASTQ: &str = "@r1\nACGTN\n+\nIIII#\n@r2\nGGCCA\n+\n5555I\n";

fn main() {
    let reads = parse_fastq(FASTQ);
    let scores = comp![q - 33 for q in reads[0].qual.chars()];
    println!("{scores:?}");
}
