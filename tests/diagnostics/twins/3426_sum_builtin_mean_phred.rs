//! mistake: summed Phred scores with Python's builtin `sum(..)` of a generator instead of `.sum::<u32>()`
//! offending: sum(
//! category: python-habit
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
    let means: Vec<u32> = reads
        .iter()
        .map(|r| sum(r.qual.bytes().map(|q| q as u32 - 33)) / r.qual.len() as u32)
        .collect();
    println!("{means:?}");
}
