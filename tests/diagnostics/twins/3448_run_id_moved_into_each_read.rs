//! mistake: tagged every read with the run id `String` by value, moving it on the first read
//! offending: run_id
//! category: ownership
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
    let run_id = String::from("SRR000042");
    let tagged: Vec<(String, String)> = reads.into_iter().map(|r| (run_id, r.id)).collect();
    println!("{tagged:?}");
}
