//! mistake: iterated a stream of reads from the sequencer with a plain `for` instead of `async for`
//! offending: read_stream
//! category: async
use futures::stream::{self, Stream};

/// Stand-in for reads arriving from a nanopore basecaller.
fn basecalled_reads() -> impl Stream<Item = String> {
    stream::iter(vec!["ACGTTGCA".to_string(), "GGGCCCATAT".to_string(), "TTAG".to_string()])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let read_stream = basecalled_reads();
    let mut lengths: Vec<usize> = Vec::new();
    for r in read_stream {
        lengths.push(r.len());
    }
    println!("{} reads, {} bases", lengths.len(), lengths.iter().sum::<usize>());
}
